package org.cthub.persistence.legislation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cthub.persistence.support.Codes;
import org.cthub.persistence.support.ConflictingState;
import org.cthub.persistence.support.RecordNotFound;
import org.cthub.persistence.support.RuleViolation;

/**
 * A draft law or plan of action: one FRBR work submitted by one organisation. Each submission of the same
 * work is a new version (an expression); the draft's metadata follows its latest version. Visible to its
 * submitting organisation, the hub operator, and the organisations asked to review it (directly, or as
 * members of a working group asked). Its lifecycle is {@link DraftStatus}; what its parties hear of is a
 * numbered {@link DraftEvent}.
 */
@Entity
@Table(name = "legislation_draft")
public class LegislationDraft {

    @Id
    private UUID id;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisation;

    @Column(name = "work_uri", nullable = false, length = DraftMetadata.MAX_URI)
    private String workUri;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, length = 20)
    private DocumentType documentType;

    @Column(name = "country", nullable = false, length = DraftMetadata.MAX_CODE)
    private String country;

    @Column(name = "language", nullable = false, length = DraftMetadata.MAX_CODE)
    private String language;

    @Column(name = "title", nullable = false, length = DraftMetadata.MAX_TITLE)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private DraftStatus status;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "draft", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<DraftVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "draft", cascade = CascadeType.PERSIST)
    @OrderBy("requestedAt, id")
    private List<ReviewRequest> reviewRequests = new ArrayList<>();

    @Column(name = "adopted_version")
    private Integer adoptedVersion;

    @Column(name = "event_count", nullable = false)
    private int eventCount;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected LegislationDraft() {
    }

    /** A new draft from its first version's metadata. */
    public LegislationDraft(UUID organisation, DraftMetadata metadata, Instant now) {
        this.id = UUID.randomUUID();
        this.organisation = organisation;
        this.workUri = metadata.workUri();
        this.documentType = metadata.documentType();
        this.status = DraftStatus.DRAFT;
        this.submittedAt = now;
        follow(metadata, now);
    }

    /** The next version of this work; the draft takes its title, language and type from it. */
    public DraftVersion addVersion(DraftMetadata metadata, byte[] content, List<DraftArticle> articles, String submittedBy, Instant now) {
        if (!metadata.workUri().equals(workUri)) {
            throw new IllegalArgumentException("another work");
        }
        if (status.isFinal()) {
            throw new ConflictingState("This draft is " + code(status) + ": it takes no new version. A new text of the law is a new "
                    + "work: give it its own FRBRWork URI");
        }
        // A revision is a new expression of the work: the same expression twice would make the versions ambiguous.
        for (DraftVersion earlier : versions) {
            if (earlier.expressionUri().equals(metadata.expressionUri())) {
                throw new ConflictingState("Version " + earlier.number() + " of this draft already is the expression "
                        + metadata.expressionUri() + ": give the revision its own expression (FRBRExpression date) and submit it again");
            }
        }
        DraftVersion next = new DraftVersion(this, versions.size() + 1, metadata.expressionUri(), content, articles, submittedBy, now);
        versions.add(next);
        follow(metadata, now);
        if (status != DraftStatus.DRAFT) {
            status = DraftStatus.REVISED; // review began: the reviewers hear of the revision
        }
        return next;
    }

    /**
     * Asks the given organisations and working groups to review the latest version; the draft is then under
     * review. Returns the requests, one per organisation or group.
     */
    public List<ReviewRequest> askForReview(List<UUID> organisations, List<UUID> workingGroups, String message, String by, Instant now) {
        requireOpen();
        if (organisations.isEmpty() && workingGroups.isEmpty()) {
            throw new RuleViolation("reviewers", "Name at least one reviewer organisation (reviewers) or working group (workingGroups)");
        }
        if (organisations.contains(organisation)) {
            throw new RuleViolation("reviewers", "Your own organisation cannot review its draft: name the reviewer organisations");
        }
        if (message != null && message.length() > ReviewRequest.MESSAGE_LENGTH) {
            throw new RuleViolation("message", "The message is longer than " + ReviewRequest.MESSAGE_LENGTH + " characters");
        }
        List<ReviewRequest> asked = new ArrayList<>();
        organisations.stream().distinct().forEach(reviewer ->
                asked.add(new ReviewRequest(this, reviewer, null, latestVersion(), message, by, now)));
        workingGroups.stream().distinct().forEach(group ->
                asked.add(new ReviewRequest(this, null, group, latestVersion(), message, by, now)));
        reviewRequests.addAll(asked);
        status = DraftStatus.UNDER_REVIEW;
        updatedAt = now;
        return asked;
    }

    /**
     * A reviewer's comment on a version, on the whole document (eId null) or on one of that version's articles.
     * The first comment or opinion on a draft under review, or on a revision, makes it commented.
     */
    public DraftComment comment(int versionNumber, String eId, UUID reviewer, String author, String text, Instant now) {
        requireOpenForComments();
        DraftVersion commented = existing(versionNumber);
        if (eId != null && commented.articles().stream().noneMatch(article -> article.eId().equals(eId))) {
            throw new RuleViolation("eId", "Version " + versionNumber + " has no article with eId '" + eId
                    + "': use an eId of that version (GET the draft's diff or document), or none to comment on the whole document");
        }
        requireText("text", text, DraftComment.TEXT_LENGTH);
        markCommented(now);
        return new DraftComment(id, versionNumber, eId, reviewer, author, text, now);
    }

    /** A reviewer's overall opinion on a version: a new one, or one replacing the organisation's earlier opinion. */
    public DraftOpinion giveOpinion(DraftOpinion earlier, int versionNumber, UUID reviewer, Opinion opinion, String summary, String by,
            Instant now) {
        requireOpenForComments();
        existing(versionNumber);
        requireText("summary", summary, DraftOpinion.SUMMARY_LENGTH);
        DraftOpinion given = earlier != null ? earlier : new DraftOpinion(id, versionNumber, reviewer);
        given.give(opinion, summary, by, now);
        markCommented(now);
        return given;
    }

    /** The submitter's last word: adopted (as the given version) or withdrawn. Nothing changes afterwards. */
    public void close(DraftStatus outcome, int adopted, Instant now) {
        if (!outcome.isFinal()) {
            throw new IllegalArgumentException("not a final status");
        }
        requireOpen();
        if (outcome == DraftStatus.ADOPTED) {
            existing(adopted);
            this.adoptedVersion = adopted;
        }
        this.status = outcome;
        this.updatedAt = now;
    }

    /** The next event for the parties to hear of, numbered from 1; the caller stores it. */
    public DraftEvent event(DraftEvent.Kind kind, int versionNumber, UUID by, Instant now) {
        return new DraftEvent(id, ++eventCount, kind, status, versionNumber, by, now);
    }

    /** A version named in a request body: one that does not exist is the caller's mistake (422), not a missing resource. */
    private DraftVersion existing(int number) {
        if (number < 1 || number > versions.size()) {
            throw new RuleViolation("version", "This draft has versions 1 to " + versions.size() + ": version " + number + " does not exist");
        }
        return versions.get(number - 1);
    }

    private void markCommented(Instant now) {
        status = DraftStatus.COMMENTED;
        updatedAt = now;
    }

    private void requireOpen() {
        if (status.isFinal()) {
            throw new ConflictingState("This draft is " + code(status) + ": nothing more can be done with it");
        }
    }

    private void requireOpenForComments() {
        if (!status.openForComments()) {
            throw new ConflictingState("This draft is " + code(status) + ": comments and opinions are taken while it is under review, "
                    + "commented or revised");
        }
    }

    private static void requireText(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(field, field + " is required");
        }
        if (text.length() > max) {
            throw new RuleViolation(field, field + " is longer than " + max + " characters");
        }
    }

    private static String code(DraftStatus status) {
        return Codes.of(status);
    }

    private void follow(DraftMetadata metadata, Instant now) {
        this.documentType = metadata.documentType();
        this.country = metadata.country();
        this.language = metadata.language();
        this.title = metadata.title();
        this.updatedAt = now;
    }

    /** Whether the organisation submitted this draft (and so may revise it, ask for review and close it). */
    public boolean isSubmittedBy(UUID organisation) {
        return this.organisation.equals(organisation);
    }

    /** Whether the organisation was asked to review, directly or through one of the given working groups it sits in. */
    public boolean isAskedOf(UUID organisation, Set<UUID> itsWorkingGroups) {
        return reviewRequests.stream().anyMatch(request -> organisation.equals(request.reviewerOrganisation())
                || (request.workingGroup() != null && itsWorkingGroups.contains(request.workingGroup())));
    }

    public DraftVersion version(int number) {
        if (number < 1 || number > versions.size()) {
            throw new RecordNotFound("Draft version", number);
        }
        return versions.get(number - 1);
    }

    public UUID id() {
        return id;
    }

    public UUID organisation() {
        return organisation;
    }

    public String workUri() {
        return workUri;
    }

    public DocumentType documentType() {
        return documentType;
    }

    public String country() {
        return country;
    }

    public String language() {
        return language;
    }

    public String title() {
        return title;
    }

    public DraftStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<DraftVersion> versions() {
        return List.copyOf(versions);
    }

    public int latestVersion() {
        return versions.size();
    }

    public List<ReviewRequest> reviewRequests() {
        return List.copyOf(reviewRequests);
    }

    /** The version adopted, once the draft is. */
    public Integer adoptedVersion() {
        return adoptedVersion;
    }

    public long version() {
        return version;
    }
}
