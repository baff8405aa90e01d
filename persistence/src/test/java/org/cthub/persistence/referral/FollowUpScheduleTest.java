package org.cthub.persistence.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cthub.persistence.support.ConflictingState;
import org.cthub.persistence.support.RuleViolation;
import org.junit.jupiter.api.Test;

class FollowUpScheduleTest {

    private static final Instant ACCEPTED = Instant.parse("2026-01-31T09:30:00Z");

    @Test
    void defaultMonthsCountFromTheAcceptanceOnTheCalendar() {
        assertThat(FollowUpSchedule.ofMonths(List.of(3, 6, 12)).dueDates(ACCEPTED)).containsExactly(
                Instant.parse("2026-04-30T09:30:00Z"), Instant.parse("2026-07-31T09:30:00Z"), Instant.parse("2027-01-31T09:30:00Z"));
    }

    @Test
    void isoDurationsServeShortIntervalsForTests() {
        assertThat(FollowUpSchedule.of(List.of("PT5S", " pt10s ")).dueDates(ACCEPTED))
                .containsExactly(ACCEPTED.plusSeconds(5), ACCEPTED.plusSeconds(10));
        assertThat(FollowUpSchedule.of(List.of("P2W", "P1M")).dueDates(ACCEPTED))
                .containsExactly(Instant.parse("2026-02-14T09:30:00Z"), Instant.parse("2026-02-28T09:30:00Z"));
    }

    @Test
    void refusesEmptyZeroNegativeDescendingAndMalformedIntervals() {
        assertThatThrownBy(() -> FollowUpSchedule.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FollowUpSchedule.of(List.of("PT0S"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FollowUpSchedule.of(List.of("-P1M"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FollowUpSchedule.of(List.of("P6M", "P3M"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FollowUpSchedule.of(List.of("3 months"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FollowUpSchedule.ofMonths(List.of(0, 6))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void schedulesOneReportPerIntervalNumberedFromOne() {
        UUID referral = UUID.randomUUID();
        List<FollowUp> due = FollowUp.scheduleFor(referral, FollowUpSchedule.of(List.of("PT5S", "PT10S")), ACCEPTED);
        assertThat(due).extracting(FollowUp::sequence).containsExactly(1, 2);
        assertThat(due).extracting(FollowUp::dueAt).containsExactly(ACCEPTED.plusSeconds(5), ACCEPTED.plusSeconds(10));
        assertThat(due.get(0).overdue(ACCEPTED.plusSeconds(5))).as("due, not yet overdue").isFalse();
        assertThat(due.get(0).overdue(ACCEPTED.plusSeconds(6))).isTrue();
        assertThat(due.get(0).daysOverdue(ACCEPTED.plusSeconds(5).plusSeconds(2 * 86_400 + 1))).isEqualTo(2);
    }

    @Test
    void aReportIsSubmittedOnceAndNoLongerOverdue() {
        FollowUp report = FollowUp.scheduleFor(UUID.randomUUID(), FollowUpSchedule.of(List.of("PT5S")), ACCEPTED).get(0);
        UUID recipient = UUID.randomUUID();
        assertThatThrownBy(() -> report.submit(recipient, null, Set.of(), null, ACCEPTED)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> report.submit(recipient, Wellbeing.STABLE, Set.of(), "n".repeat(1001), ACCEPTED))
                .isInstanceOf(RuleViolation.class);
        report.submit(recipient, Wellbeing.IMPROVING, Set.of(ReintegrationArea.HOUSING, ReintegrationArea.HEALTH), " Course started ", ACCEPTED.plusSeconds(60));
        assertThat(report.overdue(ACCEPTED.plusSeconds(120))).isFalse();
        assertThat(report.situation()).containsExactlyInAnyOrder(ReintegrationArea.HOUSING, ReintegrationArea.HEALTH);
        assertThat(report.notes()).isEqualTo("Course started");
        assertThatThrownBy(() -> report.submit(recipient, Wellbeing.STABLE, Set.of(), null, ACCEPTED.plusSeconds(90)))
                .isInstanceOf(ConflictingState.class);
    }
}
