package org.cthub.integration.statistics;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.stream.Collectors;
import org.cthub.persistence.statistics.ReferralFacts;
import org.cthub.persistence.support.Codes;

/** What referrals can be counted by. Assistance type is multi-valued: a referral counts under each type it asks for. */
public enum ReferralDimension implements Dimension<ReferralFacts> {
    /** The country of the referring organisation. */
    ORIGIN,
    /** The country of the referred organisation. */
    DESTINATION,
    ASSISTANCE_TYPE,
    /** The referral's status: submitted, delivered, accepted, declined, in-progress, completed, withdrawn, expired. */
    OUTCOME,
    /** The month of submission (UTC), as yyyy-MM. */
    MONTH;

    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    /** The values a referral has on this dimension (one, or for assistance type, each it asks for). */
    @Override
    public Set<String> values(ReferralFacts referral) {
        return switch (this) {
            case ORIGIN -> referral.origin() == null ? Set.of() : Set.of(referral.origin());
            case DESTINATION -> referral.destination() == null ? Set.of() : Set.of(referral.destination());
            case ASSISTANCE_TYPE -> referral.assistanceTypes().stream().map(Codes::of).collect(Collectors.toSet());
            case OUTCOME -> Set.of(Codes.of(referral.status()));
            case MONTH -> Set.of(YEAR_MONTH.format(referral.submittedAt()));
        };
    }
}
