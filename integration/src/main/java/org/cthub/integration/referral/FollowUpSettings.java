package org.cthub.integration.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cthub.persistence.referral.FollowUpSchedule;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When the follow-ups of an accepted reintegration fall due ({@code hub.referral.follow-up.*}): after
 * {@code months} (default 3, 6 and 12 months), unless {@code intervals} names ISO-8601 periods or durations
 * instead ("P2W,P1M" or, for a sandbox or a test, "PT5S,PT10S"), which then take precedence. Read at each
 * acceptance, so a referral keeps the schedule it was accepted under.
 */
@ApplicationScoped
public class FollowUpSettings {

    /** The Return and Reintegration working group (seeded in V3), whose secretariat watches overdue follow-ups. */
    public static final UUID RETURN_AND_REINTEGRATION = UUID.fromString("20000000-0000-4000-8000-000000000001");

    @Inject
    @ConfigProperty(name = "hub.referral.follow-up.months", defaultValue = "3,6,12")
    String months;

    @Inject
    @ConfigProperty(name = "hub.referral.follow-up.intervals")
    Optional<String> intervals;

    public FollowUpSchedule schedule() {
        List<String> custom = split(intervals.orElse(""));
        if (!custom.isEmpty()) {
            return FollowUpSchedule.of(custom);
        }
        return FollowUpSchedule.ofMonths(split(months).stream().map(Integer::valueOf).toList());
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
