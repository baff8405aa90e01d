package org.cthub.integration.statistics;

import java.util.Arrays;
import java.util.List;
import org.cthub.persistence.support.Codes;
import org.cthub.persistence.support.RuleViolation;

/** Parses the dimensions a table is asked for: one or two different codes of the dataset's dimensions, comma-separated. */
public final class Dimensions {

    private Dimensions() {
    }

    public static <E extends Enum<E>> List<E> parse(Class<E> type, String codes) {
        List<E> parsed = Arrays.stream(codes.split(",", -1)).map(String::trim).map(code -> Codes.parse(type, code, "dimensions")).toList();
        if (parsed.isEmpty() || parsed.size() > 2 || parsed.stream().distinct().count() != parsed.size()) {
            throw new RuleViolation("dimensions", "Name one or two different dimensions, e.g. dimensions=" + Codes.all(type).get(0));
        }
        return parsed;
    }
}
