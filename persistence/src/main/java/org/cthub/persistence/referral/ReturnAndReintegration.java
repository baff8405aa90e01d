package org.cthub.persistence.referral;

import java.time.LocalDate;
import java.util.Set;
import org.cthub.persistence.partner.AssistanceType;
import org.cthub.persistence.partner.CountryCode;
import org.cthub.persistence.partner.CountryRoleKind;
import org.cthub.persistence.support.RuleViolation;

/**
 * Return and reintegration are delinked: a destination or transit country runs the return project, the
 * country of origin the reintegration project, and the two referrals meet only through the case. Which
 * role a country plays is data (it changes over time), so the rule is checked against its roles of today.
 */
public final class ReturnAndReintegration {

    static final String DELINKED = "return and reintegration are delinked: submit reintegration as a second referral "
            + "for the same case (same caseReference)";

    private ReturnAndReintegration() {
    }

    /** A single referral asks for one of the two, never both. */
    public static void requireDelinked(Set<AssistanceType> types) {
        if (types.contains(AssistanceType.RETURN) && types.contains(AssistanceType.REINTEGRATION)) {
            throw new RuleViolation("assistanceTypes", DELINKED);
        }
    }

    /**
     * A return is served by a return project in a destination or transit country, a reintegration by one in a
     * country of origin: refuses, naming the rule, a request the target country's current roles cannot serve.
     */
    public static void requireCountryRole(Set<AssistanceType> types, CountryCode country, Set<CountryRoleKind> rolesToday,
            LocalDate today) {
        if (types.contains(AssistanceType.RETURN) && !rolesToday.contains(CountryRoleKind.DESTINATION)
                && !rolesToday.contains(CountryRoleKind.TRANSIT)) {
            throw new RuleViolation("assistanceTypes", "a return is served by a return project in a destination or transit "
                    + "country, and " + country + " holds neither role on " + today + ": name the recipient, or ask the hub "
                    + "operator to correct the country's roles");
        }
        if (types.contains(AssistanceType.REINTEGRATION) && !rolesToday.contains(CountryRoleKind.ORIGIN)) {
            throw new RuleViolation("assistanceTypes", "reintegration is served by a reintegration project in a country of "
                    + "origin, and " + country + " does not hold the origin role on " + today + ": name the recipient, or ask "
                    + "the hub operator to correct the country's roles");
        }
    }
}
