package org.cthub.persistence.reports;

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
 * An NGO's report to a working group on one template. Each upload is a version; the latest is the one
 * reviewed. A secretariat of the group accepts it or returns it for correction; a returned report (or one
 * whose latest upload could not be read at all) takes a corrected upload as its next version. Only an
 * accepted report feeds shared data.
 */
@Entity
@Table(name = "report")
public class Report {

    public static final int MAX_COMMENT = 4000;

    @Id
    private UUID id;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisation;

    @Column(name = "working_group_id", nullable = false)
    private UUID workingGroup;

    @Column(name = "template_name", nullable = false, length = 50)
    private String templateName;

    @Column(name = "template_version", nullable = false)
    private int templateVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ReportStatus status;

    @Column(name = "review_comment", length = MAX_COMMENT)
    private String reviewComment;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<ReportVersion> versions = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Report() {
    }

    public Report(UUID organisation, UUID workingGroup, String templateName, int templateVersion, Instant now) {
        this.id = UUID.randomUUID();
        this.organisation = organisation;
        this.workingGroup = workingGroup;
        this.templateName = templateName;
        this.templateVersion = templateVersion;
        this.status = ReportStatus.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /** The next upload. The first always; later ones only to correct a returned report or replace an unreadable upload. */
    public ReportVersion addVersion(UUID profileId, String templateOfProfile, int templateVersionOfProfile, long bytes,
            String submittedBy, Instant now) {
        if (!templateName.equals(templateOfProfile) || templateVersion != templateVersionOfProfile) {
            throw new ConflictingState("This report is on " + templateName + " v" + templateVersion
                    + ": use a profile for that template version");
        }
        if (!versions.isEmpty() && !takesCorrection()) {
            throw new ConflictingState("The report is " + status.name().toLowerCase() + " and its latest version is "
                    + latest().state().name().toLowerCase() + ": a new version is taken once it is returned for correction");
        }
        ReportVersion next = new ReportVersion(this, versions.size() + 1, profileId, bytes, submittedBy, now);
        versions.add(next);
        status = ReportStatus.SUBMITTED;
        updatedAt = now;
        return next;
    }

    private boolean takesCorrection() {
        return status == ReportStatus.RETURNED || latest().state() == ImportState.REJECTED;
    }

    public void accept(String reviewer, String comment, Instant now) {
        review(reviewer, comment, now);
        status = ReportStatus.ACCEPTED;
    }

    public void returnForCorrection(String reviewer, String comment, Instant now) {
        if (comment == null || comment.isBlank()) {
            throw new org.cthub.persistence.support.RuleViolation("comment", "Say what to correct: comment is required");
        }
        review(reviewer, comment, now);
        status = ReportStatus.RETURNED;
    }

    private void review(String reviewer, String comment, Instant now) {
        if (status != ReportStatus.SUBMITTED || latest().state() != ImportState.IMPORTED) {
            throw new ConflictingState("Only a submitted report whose latest version is imported can be reviewed (it is "
                    + status.name().toLowerCase() + ", its latest version " + latest().state().name().toLowerCase() + ")");
        }
        this.reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
        this.reviewedBy = reviewer;
        this.reviewedAt = now;
        this.updatedAt = now;
    }

    public boolean isVisibleTo(UUID caller) {
        return caller == null || organisation.equals(caller);
    }

    public ReportVersion version(int number) {
        if (number < 1 || number > versions.size()) {
            throw new RecordNotFound("Report version", number);
        }
        return versions.get(number - 1);
    }

    public ReportVersion latest() {
        return versions.get(versions.size() - 1);
    }

    public UUID id() {
        return id;
    }

    public UUID organisation() {
        return organisation;
    }

    public UUID workingGroup() {
        return workingGroup;
    }

    public String templateName() {
        return templateName;
    }

    public int templateVersion() {
        return templateVersion;
    }

    public ReportStatus status() {
        return status;
    }

    public String reviewComment() {
        return reviewComment;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<ReportVersion> versions() {
        return List.copyOf(versions);
    }

    public long version() {
        return version;
    }
}
