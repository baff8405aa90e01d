package org.cthub.persistence.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    @Test
    void runsAtSixUtcDailyOnMondaysOrOnTheFirst() {
        Instant saturdayMorning = Instant.parse("2026-11-28T05:00:00Z");
        Instant saturdayNoon = Instant.parse("2026-11-28T12:00:00Z");
        assertThat(Schedule.NONE.nextAfter(saturdayNoon)).isNull();
        assertThat(Schedule.DAILY.nextAfter(saturdayMorning)).isEqualTo(Instant.parse("2026-11-28T06:00:00Z"));
        assertThat(Schedule.DAILY.nextAfter(saturdayNoon)).isEqualTo(Instant.parse("2026-11-29T06:00:00Z"));
        assertThat(Schedule.WEEKLY.nextAfter(saturdayNoon)).isEqualTo(Instant.parse("2026-11-30T06:00:00Z"));
        assertThat(Schedule.WEEKLY.nextAfter(Instant.parse("2026-11-30T07:00:00Z"))).isEqualTo(Instant.parse("2026-12-07T06:00:00Z"));
        assertThat(Schedule.MONTHLY.nextAfter(saturdayNoon)).isEqualTo(Instant.parse("2026-12-01T06:00:00Z"));
        assertThat(Schedule.MONTHLY.nextAfter(Instant.parse("2026-12-31T23:00:00Z"))).isEqualTo(Instant.parse("2027-01-01T06:00:00Z"));
    }

    @Test
    void aSavedQueryMovesItsScheduleOnWhenItRunsByItself() {
        Instant now = Instant.parse("2026-11-28T12:00:00Z");
        SavedQuery query = new SavedQuery(java.util.UUID.randomUUID(), "Q", "referrals", "origin", "", 12, SavedQuery.Scope.PARTNER,
                Schedule.DAILY, "client", now);
        assertThat(query.nextRunAt()).isEqualTo(Instant.parse("2026-11-29T06:00:00Z"));
        assertThat(query.run(now, false)).isEqualTo(1);
        assertThat(query.nextRunAt()).isEqualTo(Instant.parse("2026-11-29T06:00:00Z"));
        assertThat(query.run(Instant.parse("2026-11-29T06:00:01Z"), true)).isEqualTo(2);
        assertThat(query.nextRunAt()).isEqualTo(Instant.parse("2026-11-30T06:00:00Z"));
        query.delete();
        assertThat(query.nextRunAt()).isNull();
    }
}
