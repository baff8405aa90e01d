package org.cthub.integration.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Looks for unanswered referrals past their deadline at a fixed interval on every node. One referral that
 * fails to expire (a conflict with another node, say) is logged by id and tried again next round; it never
 * stops the others.
 */
@ApplicationScoped
public class ReferralExpiryRoutes extends RouteBuilder {

    public static final String EXPIRE_ROUTE_ID = "referral-expire";
    private static final Logger LOG = Logger.getLogger(ReferralExpiryRoutes.class.getName());

    @Inject
    ExpiringReferrals expiring;

    @Inject
    ReferralSettings settings;

    @Override
    public void configure() {
        long period = Math.max(100, settings.expiryCheckInterval().toMillis());
        from("timer:" + EXPIRE_ROUTE_ID + "?delay=" + Math.min(period, 5000) + "&period=" + period)
                .routeId(EXPIRE_ROUTE_ID)
                .process(exchange -> exchange.getMessage().setBody(expireOverdue()))
                .log(LoggingLevel.DEBUG, "Expired ${body} unanswered referrals");
    }

    private int expireOverdue() {
        Instant now = Instant.now();
        List<UUID> overdue = expiring.overdue(now);
        int expired = 0;
        for (UUID id : overdue) {
            try {
                expired += expiring.expire(id, now) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warning(() -> "Referral " + id + " could not be expired this round (" + e.getClass().getSimpleName()
                        + "); trying again next round");
            }
        }
        return expired;
    }
}
