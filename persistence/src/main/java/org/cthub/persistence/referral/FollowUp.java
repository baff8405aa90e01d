package org.cthub.persistence.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cthub.persistence.support.ConflictingState;
import org.cthub.persistence.support.RuleViolation;

/**
 * One follow-up report an accepted reintegration owes: due at a date counted from the acceptance, submitted
 * once by the recipient. Monitoring of reintegration is compulsory, so an unsubmitted report past its date is
 * overdue and listed for the sender and the Return and Reintegration working group. It holds codes and a
 * short note documented as "no personal data".
 */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    public static final int NOTES_LENGTH = 1000;

    @Id
    private UUID id;

    @Column(name = "referral_id", nullable = false, updatable = false)
    private UUID referralId;

    @Column(nullable = false, updatable = false)
    private int sequence;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private UUID submittedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Wellbeing wellbeing;

    /** The areas on track, as enum names joined by commas. */
    @Column(length = 200)
    private String situation;

    @Column(length = NOTES_LENGTH)
    private String notes;

    @Version
    private Long version;

    protected FollowUp() {
    }

    /** The reports of one referral accepted at {@code acceptedAt}, numbered from 1. */
    public static List<FollowUp> scheduleFor(UUID referralId, FollowUpSchedule schedule, Instant acceptedAt) {
        List<Instant> due = schedule.dueDates(acceptedAt);
        return java.util.stream.IntStream.range(0, due.size()).mapToObj(i -> new FollowUp(referralId, i + 1, due.get(i))).toList();
    }

    FollowUp(UUID referralId, int sequence, Instant dueAt) {
        this.id = UUID.randomUUID();
        this.referralId = referralId;
        this.sequence = sequence;
        this.dueAt = dueAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** The recipient reports; a report is submitted once and then stands (409 on a second). */
    public void submit(UUID recipient, Wellbeing wellbeing, Set<ReintegrationArea> onTrack, String notes, Instant now) {
        if (submittedAt != null) {
            throw new ConflictingState("Follow-up " + sequence + " was submitted at " + submittedAt + ": a report stands once submitted");
        }
        if (wellbeing == null) {
            throw new RuleViolation("wellbeing", "wellbeing is required");
        }
        String note = notes == null || notes.isBlank() ? null : notes.trim();
        if (note != null && note.length() > NOTES_LENGTH) {
            throw new RuleViolation("notes", "notes is at most " + NOTES_LENGTH + " characters");
        }
        this.submittedBy = recipient;
        this.wellbeing = wellbeing;
        this.situation = onTrack == null || onTrack.isEmpty() ? null
                : EnumSet.copyOf(onTrack).stream().map(Enum::name).collect(Collectors.joining(","));
        this.notes = note;
        this.submittedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public boolean overdue(Instant now) {
        return submittedAt == null && dueAt.isBefore(now);
    }

    /** Whole days past the due date, 0 when not overdue. */
    public long daysOverdue(Instant now) {
        return overdue(now) ? Duration.between(dueAt, now).toDays() : 0;
    }

    public UUID id() {
        return id;
    }

    public UUID referralId() {
        return referralId;
    }

    public int sequence() {
        return sequence;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public UUID submittedBy() {
        return submittedBy;
    }

    public Wellbeing wellbeing() {
        return wellbeing;
    }

    public Set<ReintegrationArea> situation() {
        if (situation == null) {
            return Set.of();
        }
        return Arrays.stream(situation.split(",")).map(ReintegrationArea::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReintegrationArea.class)));
    }

    public String notes() {
        return notes;
    }
}
