package org.cthub.integration.statistics;

import java.util.Set;
import java.util.UUID;
import org.cthub.persistence.statistics.ReferralFacts;

/**
 * Whose data a caller's aggregates count. A partner counts the data it contributed (the referrals it sent or
 * received); a working-group secretariat counts the data of its working groups' countries (referrals whose
 * origin or destination is the country of a member organisation of a group its organisation sits in); the
 * hub operator counts everything.
 */
public record StatisticsScope(UUID partner, Set<String> countries) {

    public static StatisticsScope everything() {
        return new StatisticsScope(null, null);
    }

    public static StatisticsScope contributedBy(UUID partner) {
        return new StatisticsScope(partner, null);
    }

    public static StatisticsScope ofCountries(Set<String> countries) {
        return new StatisticsScope(null, Set.copyOf(countries));
    }

    boolean covers(ReferralFacts referral) {
        return covers(referral.origin(), referral.destination());
    }

    /** Whether a record of an exchange between these countries counts in this scope (the partner's is narrowed when read). */
    boolean covers(String origin, String destination) {
        return countries == null || countries.contains(origin) || countries.contains(destination);
    }

    @Override
    public String toString() {
        return partner != null ? "partner=" + partner : countries != null ? "countries=" + new java.util.TreeSet<>(countries) : "all";
    }
}
