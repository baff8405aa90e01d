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
import java.util.UUID;
import org.cthub.persistence.support.ConflictingState;
import org.cthub.persistence.support.RecordNotFound;

/**
 * A draft law or plan of action: one FRBR work submitted by one organisation. Each submission of the same
 * work is a new version (an expression); the draft's metadata follows its latest version. Visible to its
 * submitting organisation and the hub operator only, until reviewers and working groups are asked.
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

    /** Only {@link DraftStatus#DRAFT} for now; the review states come with review requests. */
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
        return next;
    }

    private void follow(DraftMetadata metadata, Instant now) {
        this.documentType = metadata.documentType();
        this.country = metadata.country();
        this.language = metadata.language();
        this.title = metadata.title();
        this.updatedAt = now;
    }

    public boolean isVisibleTo(UUID organisation) {
        return this.organisation.equals(organisation);
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

    public long version() {
        return version;
    }
}
