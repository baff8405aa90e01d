package org.cthub.integration.statistics;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.cthub.persistence.partner.AssistanceType;
import org.cthub.persistence.partner.CountryCode;
import org.cthub.persistence.referral.ReferralStatus;
import org.cthub.persistence.support.Codes;
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
        for (ReferralDimension dimension : dimensions) {
            if (filters.containsKey(dimension)) {
                throw new RuleViolation("dimensions", Codes.of(dimension) + " is both counted and filtered: leave one out");
            }
        }
        dimensions = List.copyOf(dimensions);
        filters = Map.copyOf(filters);
    }

    /**
     * A query from its codes: dimensions comma-separated ({@code origin,destination}), filters by dimension code
     * ({@code origin}, {@code destination}, {@code assistance-type}, {@code outcome}), each value checked.
     */
    public static ReferralQuery parse(String dimensions, Map<String, String> filters, YearMonth from, YearMonth to) {
        List<ReferralDimension> counted = Arrays.stream(dimensions.split(",", -1)).map(String::trim)
                .map(code -> Codes.parse(ReferralDimension.class, code, "dimensions")).toList();
        Map<ReferralDimension, String> parsed = new EnumMap<>(ReferralDimension.class);
        filters.forEach((code, value) -> {
            ReferralDimension dimension = Codes.parse(ReferralDimension.class, code, "filters");
            parsed.put(dimension, switch (dimension) {
                case ORIGIN, DESTINATION -> CountryCode.of(value, code).value();
                case ASSISTANCE_TYPE -> Codes.of(Codes.parse(AssistanceType.class, value, code));
                case OUTCOME -> Codes.of(Codes.parse(ReferralStatus.class, value, code));
                case MONTH -> throw new RuleViolation("filters", "Filter by month with from and to");
            });
        });
        return new ReferralQuery(counted, from, to, parsed);
    }

    /** The dimension codes, rows first. */
    public List<String> dimensionCodes() {
        return dimensions.stream().map(Codes::of).toList();
    }

    /** The filters by dimension code, sorted. */
    public Map<String, String> filterCodes() {
        Map<String, String> codes = new TreeMap<>();
        filters.forEach((dimension, value) -> codes.put(Codes.of(dimension), value));
        return codes;
    }

    /** The filters as stored with a saved query: {@code code=value} pairs separated by {@code ;}. */
    public String filtersText() {
        StringJoiner text = new StringJoiner(";");
        filterCodes().forEach((code, value) -> text.add(code + "=" + value));
        return text.toString();
    }

    /** Filters back from {@link #filtersText}. */
    public static Map<String, String> filtersFrom(String text) {
        Map<String, String> filters = new TreeMap<>();
        if (!text.isEmpty()) {
            for (String pair : text.split(";")) {
                filters.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        return filters;
    }
}
