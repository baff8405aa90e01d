package org.cthub.persistence.referral;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cthub.persistence.partner.AssistanceType;
import org.cthub.persistence.partner.CountryCode;
import org.cthub.persistence.partner.Organisation;
import org.cthub.persistence.partner.OrganisationType;
import org.cthub.persistence.support.Codes;
import org.cthub.persistence.support.ConflictingState;
import org.cthub.persistence.support.RuleViolation;
import org.cthub.persistence.support.crypto.EncryptedString;
import org.hibernate.annotations.DynamicUpdate;

/**
 * One organisation hands a person over to another for assistance. It exists only with a consent that
 * covers the recipient for the referral's purpose; its personal fields are encrypted and served only to the
 * sender, and to the recipient while that consent still covers it. Its lifecycle is {@link ReferralStatus}.
 * An update writes only the columns that changed: a status change re-encrypts and rewrites no personal field.
 */
@Entity
@Table(name = "referral")
@DynamicUpdate
public class Referral {

    static final int PLACE_LENGTH = 200;
    static final int SUMMARY_LENGTH = 4000;

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private Case referralCase;

    @Column(name = "referring_organisation_id", nullable = false)
    private UUID referringOrganisation;

    @Column(name = "referred_organisation_id", nullable = false)
    private UUID referredOrganisation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "referral_assistance", joinColumns = @JoinColumn(name = "referral_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "assistance_type", nullable = false, length = 40)
    private Set<AssistanceType> assistanceTypes = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Urgency urgency;

    @Column(name = "current_country", nullable = false, length = 2)
    private CountryCode currentCountry;

    /** Where the person is: as sensitive as their name. */
    @Convert(converter = EncryptedString.class)
    @Column(name = "current_place", length = 1200)
    private String currentPlace;

    @Column(name = "destination_country", length = 2)
    private CountryCode destinationCountry;

    @Enumerated(EnumType.STRING)
    @Column(name = "trm_stage", nullable = false, length = 50)
    private TrmStage trmStage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ConsentPurpose purpose;

    @Convert(converter = EncryptedString.class)
    @Column(length = 22000)
    private String summary;

    @Embedded
    private PersonalData person;

    @OneToOne(fetch = FetchType.EAGER, optional = false, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "consent_id", nullable = false, unique = true)
    private Consent consent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReferralStatus status;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Version
    private Long version;

    /** What happened after submission, numbered from 1; written by the referral, read-only through this mapping. */
    @OneToMany(fetch = FetchType.EAGER, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "referral_id", insertable = false, updatable = false)
    private Set<ReferralEvent> events = new HashSet<>();

    /** Whether the sender named the recipient or the hub chose it from the service directory. */
    @Enumerated(EnumType.STRING)
    @Column(name = "routed_by", nullable = false, length = 20)
    private RoutedBy routedBy;

    /**
     * The focal point of the person's country that got a copy (rapid response) or the escalation (expiry):
     * a party that reads the referral, personal fields only under the consent, and never answers it.
     */
    @Column(name = "focal_point_id")
    private UUID focalPoint;

    protected Referral() {
    }

    /**
     * Submits a referral. Refuses, naming the rule, a recipient that is not an active organisation other than
     * the sender, and a consent that does not cover the recipient for the purpose now.
     */
    public Referral(Case referralCase, UUID referringOrganisation, Organisation recipient, ReferralContent content,
            PersonalData person, Consent consent, Instant now) {
        this(referralCase, referringOrganisation, recipient, RoutedBy.SENDER, content, person, consent, now);
    }

    /** As above, recording who chose the recipient: the sender, or the hub from the service directory. */
    public Referral(Case referralCase, UUID referringOrganisation, Organisation recipient, RoutedBy routedBy,
            ReferralContent content, PersonalData person, Consent consent, Instant now) {
        if (!recipient.isActive() || recipient.id().equals(referringOrganisation)) {
            throw new RuleViolation("referredOrganisation", "referredOrganisation must be an active organisation other than your own");
        }
        ConsentCoverage coverage = consent.coverage(recipient.id(), recipient.type(), content.purpose(), now);
        if (!coverage.covered()) {
            throw new RuleViolation("consent", "The consent does not cover this referral: " + coverage.reason()
                    + ". Nothing was stored or sent.");
        }
        this.id = UUID.randomUUID();
        this.referralCase = referralCase;
        this.referringOrganisation = referringOrganisation;
        this.referredOrganisation = recipient.id();
        this.routedBy = Objects.requireNonNull(routedBy);
        describe(content);
        this.person = person;
        this.consent = consent;
        this.status = ReferralStatus.SUBMITTED;
        this.submittedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.statusChangedAt = submittedAt;
    }

    private void describe(ReferralContent content) {
        if (content.assistanceTypes() == null || content.assistanceTypes().isEmpty()) {
            throw new RuleViolation("assistanceTypes", "assistanceTypes names at least one kind of assistance needed");
        }
        if (content.urgency() == null || content.trmStage() == null || content.purpose() == null || content.currentCountry() == null) {
            throw new RuleViolation(null, "urgency, trmStage, purpose and currentCountry are required");
        }
        ReturnAndReintegration.requireDelinked(content.assistanceTypes());
        if (content.assistanceTypes().contains(AssistanceType.RETURN) && content.destinationCountry() == null) {
            throw new RuleViolation("destinationCountry", "destinationCountry is required when return is among the assistance types");
        }
        if (content.currentPlace() != null && content.currentPlace().trim().length() > PLACE_LENGTH) {
            throw new RuleViolation("currentPlace", "currentPlace is at most " + PLACE_LENGTH + " characters");
        }
        if (content.summary() != null && content.summary().trim().length() > SUMMARY_LENGTH) {
            throw new RuleViolation("summary", "summary is at most " + SUMMARY_LENGTH + " characters");
        }
        this.assistanceTypes = new HashSet<>(EnumSet.copyOf(content.assistanceTypes()));
        this.urgency = content.urgency();
        this.currentCountry = content.currentCountry();
        this.currentPlace = blankToNull(content.currentPlace());
        this.destinationCountry = content.destinationCountry();
        this.trmStage = content.trmStage();
        this.purpose = content.purpose();
        this.summary = blankToNull(content.summary());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public boolean isSentBy(UUID organisation) {
        return referringOrganisation.equals(organisation);
    }

    public boolean isReceivedBy(UUID organisation) {
        return referredOrganisation.equals(organisation);
    }

    public boolean isPartyTo(UUID organisation) {
        return isSentBy(organisation) || isReceivedBy(organisation) || isFocalPoint(organisation);
    }

    public boolean isFocalPoint(UUID organisation) {
        return focalPoint != null && focalPoint.equals(organisation);
    }

    /**
     * Makes the country's focal point a party (copy of a rapid response, or escalation of an expiry). The sender
     * and the recipient are parties already and are not recorded again: returns false for them.
     */
    public boolean involveFocalPoint(UUID organisation) {
        if (organisation == null || isSentBy(organisation) || isReceivedBy(organisation)) {
            return false;
        }
        focalPoint = organisation;
        return true;
    }

    /**
     * Whether this organisation may see the personal fields now: the sender always (it collected them), the
     * recipient and the focal point while the consent covers them and the referral is not withdrawn, nobody else.
     */
    public ConsentCoverage personalDataAccess(UUID organisation, OrganisationType type, Instant now) {
        if (isSentBy(organisation)) {
            return ConsentCoverage.COVERED;
        }
        if (!isReceivedBy(organisation) && !isFocalPoint(organisation)) {
            return ConsentCoverage.RECIPIENT_NOT_COVERED;
        }
        if (status == ReferralStatus.WITHDRAWN) {
            // The sender no longer asks for help: the purpose the data was shared for has ended.
            return ConsentCoverage.REFERRAL_WITHDRAWN;
        }
        return consent.coverage(organisation, type, purpose, now);
    }

    /** Moves along the lifecycle; any move {@link ReferralStatus} does not allow is refused with 409. */
    public void moveTo(ReferralStatus target, Instant now) {
        if (!status.canBecome(target)) {
            throw new ConflictingState("A referral cannot go from " + Codes.of(status) + " to " + Codes.of(target)
                    + ": allowed from here: " + status.next().stream().map(Codes::of).toList());
        }
        status = target;
        statusChangedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public void markDelivered(Instant now) {
        moveTo(ReferralStatus.DELIVERED, now);
    }

    public void accept(Instant now) {
        moveTo(ReferralStatus.ACCEPTED, now);
    }

    public void decline(Instant now) {
        moveTo(ReferralStatus.DECLINED, now);
    }

    public void startWork(Instant now) {
        moveTo(ReferralStatus.IN_PROGRESS, now);
    }

    public void complete(Instant now) {
        moveTo(ReferralStatus.COMPLETED, now);
    }

    public void withdraw(Instant now) {
        moveTo(ReferralStatus.WITHDRAWN, now);
    }

    // --- After submission: the recipient's answers and the events the parties are told of ---

    /**
     * The recipient answers. An answer to a referral still submitted (the recipient pulled it before the hub
     * recorded the delivery) first records it delivered. A decline needs a reason; after the person withdrew
     * consent only the answers that close the referral are allowed. Returns the event to tell the sender.
     */
    public ReferralEvent answer(Answer answer, String reason, Instant now) {
        String given = blankToNull(reason);
        if (answer == Answer.DECLINE && given == null) {
            throw new RuleViolation("reason", "reason is required to decline (no personal data)");
        }
        if (given != null && given.length() > ReferralEvent.REASON_LENGTH) {
            throw new RuleViolation("reason", "reason is at most " + ReferralEvent.REASON_LENGTH + " characters");
        }
        ReferralStatus from = status == ReferralStatus.SUBMITTED ? ReferralStatus.DELIVERED : status;
        List<Answer> allowed = allowedAnswers(from);
        if (!allowed.contains(answer)) {
            throw new ConflictingState("A referral that is " + Codes.of(status) + " cannot be answered " + Codes.of(answer)
                    + (consent.withdrawnAt() != null && answer.needsConsent() ? " (the person withdrew consent)" : "")
                    + ": allowed answers from here: " + allowed.stream().map(Codes::of).toList());
        }
        if (status == ReferralStatus.SUBMITTED) {
            markDelivered(now);
        }
        moveTo(answer.target(), now);
        return record(ReferralEvent.Kind.ANSWER, answer, given, now);
    }

    /** The answers the recipient may give now. */
    public List<Answer> allowedAnswers() {
        return allowedAnswers(status == ReferralStatus.SUBMITTED ? ReferralStatus.DELIVERED : status);
    }

    private List<Answer> allowedAnswers(ReferralStatus from) {
        return EnumSet.allOf(Answer.class).stream().filter(a -> from.canBecome(a.target()))
                .filter(a -> consent.withdrawnAt() == null || !a.needsConsent()).toList();
    }

    /** Records that the person's consent was withdrawn, for the recipients that hold the referral. */
    public ReferralEvent recordConsentWithdrawn(Instant now) {
        return record(ReferralEvent.Kind.CONSENT_WITHDRAWN, null, null, now);
    }

    /** Records a change of status made by other means than an answer (for example by the hub), to tell the parties. */
    public ReferralEvent recordStatusChange(String reason, Instant now) {
        return record(ReferralEvent.Kind.STATUS_CHANGE, null, blankToNull(reason), now);
    }

    private ReferralEvent record(ReferralEvent.Kind kind, Answer answer, String reason, Instant now) {
        ReferralEvent event = new ReferralEvent(id, events.size() + 1, kind, answer, status, reason, now);
        events.add(event);
        return event;
    }

    /** Everything that happened after submission, in order. */
    public List<ReferralEvent> events() {
        return events.stream().sorted(Comparator.comparingInt(ReferralEvent::sequence)).toList();
    }

    public ReferralEvent event(int sequence) {
        return events.stream().filter(e -> e.sequence() == sequence).findFirst()
                .orElseThrow(() -> new IllegalStateException("Referral " + id + " has no event " + sequence));
    }

    /** Why the recipient declined, when it did (documented to partners as no personal data). */
    public String declineReason() {
        return events.stream().filter(e -> e.answer() == Answer.DECLINE).map(ReferralEvent::reason).findFirst().orElse(null);
    }

    /** No answer came in time: a final status; the time it expired is {@link #statusChangedAt()}. */
    public void expire(Instant now) {
        moveTo(ReferralStatus.EXPIRED, now);
    }

    /** Still unanswered at {@code now} although the deadline for its urgency has passed. */
    public boolean isOverdue(AnswerDeadlines deadlines, Instant now) {
        return status.awaitsAnswer() && !submittedAt.plus(deadlines.limitFor(urgency)).isAfter(now);
    }

    public UUID id() {
        return id;
    }

    public Case referralCase() {
        return referralCase;
    }

    public UUID referringOrganisation() {
        return referringOrganisation;
    }

    public UUID referredOrganisation() {
        return referredOrganisation;
    }

    public Set<AssistanceType> assistanceTypes() {
        return Set.copyOf(assistanceTypes);
    }

    public Urgency urgency() {
        return urgency;
    }

    public CountryCode currentCountry() {
        return currentCountry;
    }

    public String currentPlace() {
        return currentPlace;
    }

    public CountryCode destinationCountry() {
        return destinationCountry;
    }

    public TrmStage trmStage() {
        return trmStage;
    }

    public ConsentPurpose purpose() {
        return purpose;
    }

    public String summary() {
        return summary;
    }

    public PersonalData person() {
        return person;
    }

    public Consent consent() {
        return consent;
    }

    public ReferralStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public RoutedBy routedBy() {
        return routedBy;
    }

    /** The focal point that is a party to this referral, if any. */
    public Optional<UUID> focalPoint() {
        return Optional.ofNullable(focalPoint);
    }

    public boolean isUrgent() {
        return urgency == Urgency.RAPID_RESPONSE;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
