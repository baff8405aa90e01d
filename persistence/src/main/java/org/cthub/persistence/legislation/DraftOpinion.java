package org.cthub.persistence.legislation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One reviewer organisation's overall opinion on one version of a draft; given again, it replaces the earlier one. */
@Entity
@Table(name = "legislation_opinion")
public class DraftOpinion {

    public static final int SUMMARY_LENGTH = 10_000;

    @Id
    private UUID id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private UUID draftId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private UUID organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Opinion opinion;

    @Column(nullable = false, length = SUMMARY_LENGTH)
    private String summary;

    @Column(name = "given_by", nullable = false, length = 100)
    private String givenBy;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    @Version
    private long version;

    protected DraftOpinion() {
    }

    DraftOpinion(UUID draftId, int versionNumber, UUID organisation) {
        this.id = UUID.randomUUID();
        this.draftId = draftId;
        this.versionNumber = versionNumber;
        this.organisation = organisation;
    }

    void give(Opinion opinion, String summary, String by, Instant now) {
        this.opinion = opinion;
        this.summary = summary;
        this.givenBy = by;
        this.givenAt = now;
    }

    public UUID id() {
        return id;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public UUID organisation() {
        return organisation;
    }

    public Opinion opinion() {
        return opinion;
    }

    public String summary() {
        return summary;
    }

    public Instant givenAt() {
        return givenAt;
    }
}
