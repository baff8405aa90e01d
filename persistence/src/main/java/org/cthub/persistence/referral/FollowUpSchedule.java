package org.cthub.persistence.referral;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * When the follow-up reports of an accepted reintegration fall due: one per interval, each counted from the
 * acceptance (not from the report before, so a late report does not push the next one back). An interval is
 * an ISO-8601 period of whole days, weeks, months or years ({@code P3M}) counted on the UTC calendar, or a
 * duration of time ({@code PT5S}) for sandboxes and tests.
 */
public final class FollowUpSchedule {

    private final List<String> intervals;

    private FollowUpSchedule(List<String> intervals) {
        this.intervals = List.copyOf(intervals);
    }

    /** After this many months each ("3,6,12"). */
    public static FollowUpSchedule ofMonths(List<Integer> months) {
        List<String> intervals = new ArrayList<>();
        for (Integer m : months) {
            if (m == null || m < 1) {
                throw new IllegalArgumentException("Follow-up months must be whole positive numbers: " + months);
            }
            intervals.add("P" + m + "M");
        }
        return of(intervals);
    }

    /** After each ISO-8601 period or duration ("P3M", "PT5S"); refused when one is not positive or not ascending. */
    public static FollowUpSchedule of(List<String> intervals) {
        if (intervals.isEmpty()) {
            throw new IllegalArgumentException("A follow-up schedule needs at least one interval");
        }
        Instant origin = Instant.EPOCH;
        Instant previous = origin;
        for (String interval : intervals) {
            Instant due = after(origin, interval);
            if (!due.isAfter(previous)) {
                throw new IllegalArgumentException("Follow-up intervals must be positive and ascending: " + intervals);
            }
            previous = due;
        }
        return new FollowUpSchedule(intervals);
    }

    /** The due dates of the reports, in order, for a referral accepted at this moment. */
    public List<Instant> dueDates(Instant acceptedAt) {
        return intervals.stream().map(interval -> after(acceptedAt, interval)).toList();
    }

    public List<String> intervals() {
        return intervals;
    }

    private static Instant after(Instant start, String interval) {
        String text = interval.trim().toUpperCase(java.util.Locale.ROOT);
        try {
            if (text.contains("T")) {
                return start.plus(Duration.parse(text));
            }
            return start.atZone(ZoneOffset.UTC).plus(Period.parse(text)).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not an ISO-8601 period or duration: " + interval, e);
        }
    }
}
