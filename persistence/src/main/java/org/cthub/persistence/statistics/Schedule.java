package org.cthub.persistence.statistics;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/** How often a saved query runs by itself: never (on demand only), daily, weekly or monthly, at 06:00 UTC. */
public enum Schedule {
    NONE,
    DAILY,
    WEEKLY,
    MONTHLY;

    /** The first run after {@code now}, or null for on demand only. */
    public Instant nextAfter(Instant now) {
        ZonedDateTime at = now.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).withHour(6);
        return switch (this) {
            case NONE -> null;
            case DAILY -> (at.isAfter(now.atZone(ZoneOffset.UTC)) ? at : at.plusDays(1)).toInstant();
            case WEEKLY -> at.plusDays(7 - at.getDayOfWeek().getValue() + 1L).toInstant(); // next Monday
            case MONTHLY -> at.withDayOfMonth(1).plusMonths(1).toInstant();
        };
    }
}
