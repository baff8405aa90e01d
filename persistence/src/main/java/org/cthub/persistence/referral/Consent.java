package org.cthub.persistence.referral;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.cthub.persistence.partner.OrganisationType;
import org.cthub.persistence.support.RuleViolation;
import org.cthub.persistence.support.crypto.EncryptedString;

/**
 * The person's informed consent to a transfer of their data: who gave it, when, to which organisations or
 * kinds of organisation, for what purpose, until when, and where the signed form is kept. It gates every
 * transfer; once withdrawn it covers nothing again.
 */
@Entity
@Table(name = "consent")
public class Consent {

    /** Clocks of partner systems drift; a consent "given" a little in the future is still plausible. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final int EVIDENCE_LENGTH = 200;

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "given_by", nullable = false, length = 20)
    private ConsentGiver givenBy;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_recipient", joinColumns = @JoinColumn(name = "consent_id"))
    @Column(name = "organisation_id", nullable = false)
    private Set<UUID> recipients = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_recipient_type", joinColumns = @JoinColumn(name = "consent_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type", nullable = false, length = 40)
    private Set<OrganisationType> recipientTypes = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ConsentPurpose purpose;

    @Column(name = "valid_until", nullable = false)
    private Instant validUntil;

    /** Where the signed form is kept in the sender's system; encrypted, as it may point at the person. */
    @Convert(converter = EncryptedString.class)
    @Column(name = "evidence_reference", nullable = false, length = 400)
    private String evidenceReference;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private Long version;

    protected Consent() {
    }

    public Consent(ConsentGiver givenBy, Instant givenAt, Set<UUID> recipients, Set<OrganisationType> recipientTypes,
            ConsentPurpose purpose, Instant validUntil, String evidenceReference, Instant now) {
        if (givenBy == null || purpose == null) {
            throw new RuleViolation(givenBy == null ? "consent.givenBy" : "consent.purpose", "consent needs who gave it and its purpose");
        }
        if (givenAt == null || givenAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new RuleViolation("consent.givenAt", "consent.givenAt is required and cannot lie in the future");
        }
        if (validUntil == null || !validUntil.isAfter(givenAt)) {
            throw new RuleViolation("consent.validUntil", "consent.validUntil is required and must come after consent.givenAt");
        }
        if ((recipients == null || recipients.isEmpty()) && (recipientTypes == null || recipientTypes.isEmpty())) {
            throw new RuleViolation("consent.recipients", "consent must name at least one recipient organisation or recipient type");
        }
        if (evidenceReference == null || evidenceReference.isBlank() || evidenceReference.trim().length() > EVIDENCE_LENGTH) {
            throw new RuleViolation("consent.evidenceReference", "consent.evidenceReference is required (where the signed consent is kept), at most "
                    + EVIDENCE_LENGTH + " characters");
        }
        this.id = UUID.randomUUID();
        this.givenBy = givenBy;
        this.givenAt = givenAt.truncatedTo(ChronoUnit.MICROS);
        this.recipients = recipients == null ? new HashSet<>() : new HashSet<>(recipients);
        this.recipientTypes = recipientTypes == null || recipientTypes.isEmpty()
                ? new HashSet<>() : new HashSet<>(EnumSet.copyOf(recipientTypes));
        this.purpose = purpose;
        this.validUntil = validUntil.truncatedTo(ChronoUnit.MICROS);
        this.evidenceReference = evidenceReference.trim();
    }

    /** Whether a transfer to this organisation (of this type), for this purpose, at this moment, is covered. */
    public ConsentCoverage coverage(UUID recipient, OrganisationType recipientType, ConsentPurpose forPurpose, Instant at) {
        if (withdrawnAt != null && !at.isBefore(withdrawnAt)) {
            return ConsentCoverage.WITHDRAWN;
        }
        if (at.isBefore(givenAt.minus(CLOCK_SKEW))) {
            return ConsentCoverage.NOT_YET_GIVEN;
        }
        if (!at.isBefore(validUntil)) {
            return ConsentCoverage.EXPIRED;
        }
        if (!recipients.contains(recipient) && !recipientTypes.contains(recipientType)) {
            return ConsentCoverage.RECIPIENT_NOT_COVERED;
        }
        if (purpose != forPurpose) {
            return ConsentCoverage.PURPOSE_NOT_COVERED;
        }
        return ConsentCoverage.COVERED;
    }

    public boolean covers(UUID recipient, OrganisationType recipientType, ConsentPurpose forPurpose, Instant at) {
        return coverage(recipient, recipientType, forPurpose, at).covered();
    }

    /** Records the withdrawal; withdrawing again changes nothing and returns false. */
    public boolean withdraw(Instant at) {
        if (withdrawnAt != null) {
            return false;
        }
        withdrawnAt = Objects.requireNonNull(at).truncatedTo(ChronoUnit.MICROS);
        return true;
    }

    public UUID id() {
        return id;
    }

    public ConsentGiver givenBy() {
        return givenBy;
    }

    public Instant givenAt() {
        return givenAt;
    }

    public Set<UUID> recipients() {
        return Set.copyOf(recipients);
    }

    public Set<OrganisationType> recipientTypes() {
        return recipientTypes.isEmpty() ? Set.of() : Set.copyOf(recipientTypes);
    }

    public ConsentPurpose purpose() {
        return purpose;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public String evidenceReference() {
        return evidenceReference;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
