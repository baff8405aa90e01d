package org.cthub.persistence.legislation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.cthub.persistence.support.ConflictingState;
import org.cthub.persistence.support.RuleViolation;

/**
 * A reviewer's comment on one version of a draft: on the whole document (no eId) or on one article (its eId
 * in that version). The submitter marks it addressed in a later version, with an optional note.
 */
@Entity
@Table(name = "legislation_comment")
public class DraftComment {

    public static final int TEXT_LENGTH = 10_000;
    public static final int NOTE_LENGTH = 2000;

    @Id
    private UUID id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private UUID draftId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "e_id", length = 200, updatable = false)
    private String eId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private UUID organisation;

    @Column(nullable = false, length = 100, updatable = false)
    private String author;

    @Column(nullable = false, length = TEXT_LENGTH, updatable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "addressed_in_version")
    private Integer addressedInVersion;

    @Column(name = "addressed_note", length = NOTE_LENGTH)
    private String addressedNote;

    @Column(name = "addressed_by", length = 100)
    private String addressedBy;

    @Column(name = "addressed_at")
    private Instant addressedAt;

    @Version
    private long version;

    protected DraftComment() {
    }

    DraftComment(UUID draftId, int versionNumber, String eId, UUID organisation, String author, String text, Instant now) {
        this.id = UUID.randomUUID();
        this.draftId = draftId;
        this.versionNumber = versionNumber;
        this.eId = eId;
        this.organisation = organisation;
        this.author = author;
        this.text = text;
        this.createdAt = now;
    }

    /** The submitter says a later version of the draft addresses this comment. */
    public void markAddressed(int inVersion, int latestVersion, String note, String by, Instant now) {
        if (addressedInVersion != null) {
            throw new ConflictingState("This comment is already marked addressed in version " + addressedInVersion);
        }
        if (inVersion <= versionNumber || inVersion > latestVersion) {
            throw new RuleViolation("version", "The comment is on version " + versionNumber + ": name a later version that exists ("
                    + (versionNumber + 1) + " to " + latestVersion + "), or submit the revision first");
        }
        if (note != null && note.length() > NOTE_LENGTH) {
            throw new RuleViolation("note", "The note is longer than " + NOTE_LENGTH + " characters");
        }
        this.addressedInVersion = inVersion;
        this.addressedNote = note;
        this.addressedBy = by;
        this.addressedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID draftId() {
        return draftId;
    }

    public int versionNumber() {
        return versionNumber;
    }

    /** The article commented on, or null for a comment on the whole document. */
    public String eId() {
        return eId;
    }

    public UUID organisation() {
        return organisation;
    }

    public String author() {
        return author;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Integer addressedInVersion() {
        return addressedInVersion;
    }

    public String addressedNote() {
        return addressedNote;
    }

    public Instant addressedAt() {
        return addressedAt;
    }
}
