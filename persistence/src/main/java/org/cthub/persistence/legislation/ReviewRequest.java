package org.cthub.persistence.legislation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The submitter asked one reviewer organisation, or one working group (its member organisations), to review
 * a version of the draft. Being asked is what lets an organisation read the draft and comment on it.
 */
@Entity
@Table(name = "legislation_review_request")
public class ReviewRequest {

    public static final int MESSAGE_LENGTH = 2000;

    @Id
    private UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "draft_id", nullable = false, updatable = false)
    private LegislationDraft draft;

    @Column(name = "reviewer_organisation_id", updatable = false)
    private UUID reviewerOrganisation;

    @Column(name = "working_group_id", updatable = false)
    private UUID workingGroup;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(length = MESSAGE_LENGTH, updatable = false)
    private String message;

    @Column(name = "requested_by", nullable = false, length = 100, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    protected ReviewRequest() {
    }

    ReviewRequest(LegislationDraft draft, UUID reviewerOrganisation, UUID workingGroup, int versionNumber, String message,
            String requestedBy, Instant requestedAt) {
        this.id = UUID.randomUUID();
        this.draft = draft;
        this.reviewerOrganisation = reviewerOrganisation;
        this.workingGroup = workingGroup;
        this.versionNumber = versionNumber;
        this.message = message;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public UUID id() {
        return id;
    }

    /** The organisation asked, or null when a working group was. */
    public UUID reviewerOrganisation() {
        return reviewerOrganisation;
    }

    /** The working group asked, or null when an organisation was. */
    public UUID workingGroup() {
        return workingGroup;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public String message() {
        return message;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }
}
