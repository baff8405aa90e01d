package org.cthub.integration.statistics;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.cthub.persistence.support.RuleViolation;

/**
 * A referral aggregate asked for: one or two dimensions (rows, then columns), whole months from and to
 * (inclusive), and optional filters, each one value of a dimension.
 */
public record ReferralQuery(List<ReferralDimension> dimensions, YearMonth from, YearMonth to, Map<ReferralDimension, String> filters) {

    public static final int MAX_MONTHS = 120;

    public ReferralQuery {
        if (dimensions.isEmpty() || dimensions.size() > 2 || dimensions.stream().distinct().count() != dimensions.size()) {
            throw new RuleViolation("dimensions", "Name one or two different dimensions, e.g. dimensions=origin,destination");
        }
        if (from.isAfter(to)) {
            throw new RuleViolation("from", "from (" + from + ") is after to (" + to + ")");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to)) {
            throw new RuleViolation("to", "A period covers at most " + MAX_MONTHS + " months");
        }
        dimensions = List.copyOf(dimensions);
        filters = Map.copyOf(filters);
    }
}
