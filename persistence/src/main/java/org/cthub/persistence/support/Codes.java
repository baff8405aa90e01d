package org.cthub.persistence.support;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The kebab-case codes by which enum values travel outside Java ({@code INTERNATIONAL_ORGANISATION} is
 * {@code international-organisation}). Columns keep the enum names; JSON and query parameters use codes.
 */
public final class Codes {

    private Codes() {
    }

    public static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> List<String> all(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::of).toList();
    }

    /** The value whose code is given; an unknown code is the caller's mistake, named by its field. */
    public static <E extends Enum<E>> E parse(Class<E> type, String code, String field) {
        if (code == null) {
            throw new RuleViolation(field, field + " is required: use one of " + all(type));
        }
        for (E value : type.getEnumConstants()) {
            if (of(value).equals(code)) {
                return value;
            }
        }
        throw new RuleViolation(field, field + " '" + code + "' is not known: use one of " + all(type));
    }
}
