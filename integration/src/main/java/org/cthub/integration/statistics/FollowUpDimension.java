package org.cthub.integration.statistics;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.cthub.persistence.statistics.FollowUpFacts;

/** What open reintegration follow-ups can be counted by, at the moment of the query. */
public enum FollowUpDimension {
    /** open (not yet due) or overdue. */
    STATE,
    ORIGIN,
    DESTINATION,
    /** The month the report falls due, yyyy-MM. */
    DUE_MONTH;

    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    /** This dimension as of the given moment (state depends on it). */
    public Dimension<FollowUpFacts> at(Instant now) {
        return followUp -> switch (this) {
            case STATE -> Set.of(followUp.dueAt().isBefore(now) ? "overdue" : "open");
            case ORIGIN -> followUp.origin() == null ? Set.of() : Set.of(followUp.origin());
            case DESTINATION -> followUp.destination() == null ? Set.of() : Set.of(followUp.destination());
            case DUE_MONTH -> Set.of(YEAR_MONTH.format(followUp.dueAt()));
        };
    }
}
