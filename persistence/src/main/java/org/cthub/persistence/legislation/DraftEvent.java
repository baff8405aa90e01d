package org.cthub.persistence.legislation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to a draft that its parties hear of through their channels, numbered per draft
 * from 1 so that each message about it is one of its own: review asked, a new version, an opinion given, the
 * draft adopted or withdrawn.
 */
@Entity
@Table(name = "legislation_draft_event")
public class DraftEvent {

    /** What happened. */
    public enum Kind { REVIEW_REQUESTED, VERSION_SUBMITTED, COMMENTED, OPINION_GIVEN, ADOPTED, WITHDRAWN }

    @Id
    private UUID id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private UUID draftId;

    @Column(nullable = false, updatable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Kind kind;

    /** The draft's status once it happened. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private DraftStatus status;

    /** The version it concerns. */
    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    /** The reviewer organisation that commented or gave its opinion; null for the submitter's own acts. */
    @Column(name = "organisation_id", updatable = false)
    private UUID organisation;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    protected DraftEvent() {
    }

    DraftEvent(UUID draftId, int sequence, Kind kind, DraftStatus status, int versionNumber, UUID organisation, Instant at) {
        this.id = UUID.randomUUID();
        this.draftId = draftId;
        this.sequence = sequence;
        this.kind = kind;
        this.status = status;
        this.versionNumber = versionNumber;
        this.organisation = organisation;
        this.at = at;
    }

    public int sequence() {
        return sequence;
    }

    public Kind kind() {
        return kind;
    }

    public DraftStatus status() {
        return status;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public UUID organisation() {
        return organisation;
    }

    public Instant at() {
        return at;
    }
}
