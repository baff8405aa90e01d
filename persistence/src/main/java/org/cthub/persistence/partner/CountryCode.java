package org.cthub.persistence.partner;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.cthub.persistence.support.RuleViolation;

/**
 * An ISO 3166-1 alpha-2 country code as the region uses it: the JDK's current codes plus XK (Kosovo, a
 * user-assigned code). CS (Serbia and Montenegro, 2003-02-04 to 2006-06-03) and YU (until 2003-02-04) are
 * only valid with a date inside their lifetime, because without one nobody can tell which state is meant.
 */
public final class CountryCode {

    public static final String KOSOVO = "XK";
    private static final Set<String> CURRENT = Set.of(Locale.getISOCountries());
    private static final LocalDate CS_FROM = LocalDate.of(2003, 2, 4);
    private static final LocalDate CS_UNTIL = LocalDate.of(2006, 6, 3);

    private final String code;

    private CountryCode(String code) {
        this.code = code;
    }

    /** A code valid today; the field name goes into the refusal. */
    public static CountryCode of(String code, String field) {
        String normalised = normalise(code, field);
        if (isHistorical(normalised)) {
            throw new RuleViolation(field, normalised + " names a state that no longer exists: use RS or ME, "
                    + "or give the date the code refers to");
        }
        if (!CURRENT.contains(normalised) && !KOSOVO.equals(normalised)) {
            throw new RuleViolation(field, field + " '" + normalised + "' is not an ISO 3166-1 alpha-2 code (XK for Kosovo)");
        }
        return new CountryCode(normalised);
    }

    /** A code as it was valid on a given date: admits CS and YU within their lifetimes. */
    public static CountryCode on(String code, LocalDate date, String field) {
        String normalised = normalise(code, field);
        boolean historicalThen = ("CS".equals(normalised) && !date.isBefore(CS_FROM) && date.isBefore(CS_UNTIL))
                || ("YU".equals(normalised) && date.isBefore(CS_FROM));
        return historicalThen ? new CountryCode(normalised) : of(normalised, field);
    }

    /** Rebuilds a code read back from the database, where only checked codes were ever written. */
    static CountryCode stored(String code) {
        return code == null ? null : new CountryCode(code);
    }

    private static boolean isHistorical(String code) {
        return "CS".equals(code) || "YU".equals(code);
    }

    private static String normalise(String code, String field) {
        if (code == null || code.isBlank()) {
            throw new RuleViolation(field, field + " is required: an ISO 3166-1 alpha-2 code such as AL or XK");
        }
        return code.trim().toUpperCase(Locale.ROOT);
    }

    /** The English name, for people reading lists. */
    public String displayName() {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    public String value() {
        return code;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CountryCode that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
