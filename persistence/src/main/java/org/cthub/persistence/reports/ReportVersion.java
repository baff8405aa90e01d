package org.cthub.persistence.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One upload of a report, imported asynchronously: its state and progress (rows read, accepted, rejected),
 * and, when refused as a whole, why. Its rows live in report_row and report_row_error, written in batches.
 */
@Entity
@Table(name = "report_version")
public class ReportVersion {

    public static final int MAX_FAILURE = 1000;

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private Report report;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Column(name = "profile_id", nullable = false)
    private UUID profileId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private ImportState state;

    @Column(name = "rows_read", nullable = false)
    private long rowsRead;

    @Column(name = "rows_accepted", nullable = false)
    private long rowsAccepted;

    @Column(name = "rows_rejected", nullable = false)
    private long rowsRejected;

    @Column(name = "failure", length = MAX_FAILURE)
    private String failure;

    @Column(name = "upload_bytes", nullable = false)
    private long uploadBytes;

    @Column(name = "submitted_by", nullable = false, length = 100)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ReportVersion() {
    }

    ReportVersion(Report report, int number, UUID profileId, long uploadBytes, String submittedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.report = report;
        this.number = number;
        this.profileId = profileId;
        this.state = ImportState.QUEUED;
        this.uploadBytes = uploadBytes;
        this.submittedBy = submittedBy;
        this.submittedAt = now;
    }

    /** Starts the import of a queued version; false when another run has it or it has finished. */
    public boolean start() {
        if (state != ImportState.QUEUED) {
            return false;
        }
        state = ImportState.RUNNING;
        rowsRead = 0;
        rowsAccepted = 0;
        rowsRejected = 0;
        return true;
    }

    /** Back in the queue, from nothing: the node that ran it stopped before it finished. */
    public void requeue() {
        if (!state.finished()) {
            state = ImportState.QUEUED;
        }
    }

    public void progress(long read, long accepted, long rejected) {
        this.rowsRead = read;
        this.rowsAccepted = accepted;
        this.rowsRejected = rejected;
    }

    public void imported(Instant now) {
        state = ImportState.IMPORTED;
        finishedAt = now;
    }

    /** Refused as a whole: no row of it counts. */
    public void reject(String reason, Instant now) {
        state = ImportState.REJECTED;
        failure = reason.length() > MAX_FAILURE ? reason.substring(0, MAX_FAILURE) : reason;
        rowsAccepted = 0;
        finishedAt = now;
    }

    public UUID id() {
        return id;
    }

    public Report report() {
        return report;
    }

    public int number() {
        return number;
    }

    public UUID profileId() {
        return profileId;
    }

    public ImportState state() {
        return state;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long rowsAccepted() {
        return rowsAccepted;
    }

    public long rowsRejected() {
        return rowsRejected;
    }

    public String failure() {
        return failure;
    }

    public long uploadBytes() {
        return uploadBytes;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
