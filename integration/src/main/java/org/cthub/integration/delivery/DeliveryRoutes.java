package org.cthub.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Two routes. {@value #DELIVER_ROUTE_ID} polls the outbox on every node and claims due deliveries, no more
 * than there is {@link HandOverRoom room} for, so a claim never waits long for its hand-over. After a claim
 * that filled the room more may be due, so it waits for room to free (hand-overs finishing) and claims again,
 * rather than waiting for the next interval; it stops when a claim finds fewer due. The database's row locks
 * keep nodes from claiming the same deliveries. {@value #HAND_OVER_ROUTE_ID} hands them over with several
 * consumers at once, so one slow or unreachable partner holds up only its own deliveries.
 */
@ApplicationScoped
public class DeliveryRoutes extends RouteBuilder {

    public static final String DELIVER_ROUTE_ID = "referral-deliver";
    public static final String HAND_OVER_ROUTE_ID = "referral-hand-over";
    private static final String FILLED = "CtHubClaimFilledRoom";

    @Inject
    DeliveringDue delivering;

    @Inject
    DeliverySettings settings;

    @Inject
    @ConfigProperty(name = "hub.delivery.poll-interval-ms", defaultValue = "2000")
    long pollIntervalMs;

    @Override
    public void configure() {
        HandOverRoom room = new HandOverRoom(settings.parallelism());
        // The room bounds what is claimed and not yet handed over, so the queue never fills.
        String handOvers = "seda:" + HAND_OVER_ROUTE_ID + "?size=" + room.places();
        from("timer:" + DELIVER_ROUTE_ID + "?delay=2000&period=" + pollIntervalMs)
                .routeId(DELIVER_ROUTE_ID)
                .loopDoWhile(exchange -> exchange.getProperty(FILLED, true, Boolean.class)).breakOnShutdown()
                    .process(exchange -> claim(exchange, room))
                    .split(body())
                        .to(handOvers)
                    .end()
                .end();
        from(handOvers + "&concurrentConsumers=" + settings.parallelism())
                .routeId(HAND_OVER_ROUTE_ID)
                .doTry()
                    .bean(delivering, "deliver")
                .doFinally()
                    .process(exchange -> room.free(1))
                .end();
    }

    /** Waits (at most an interval) for room, claims as much as it has, and frees what the claim did not fill. */
    private void claim(Exchange exchange, HandOverRoom room) {
        int taken = room.take(Duration.ofMillis(pollIntervalMs));
        int wanted = Math.min(taken, settings.batchSize());
        List<ClaimedDelivery> claimed = List.of();
        try {
            claimed = delivering.claim(wanted);
        } finally {
            room.free(taken - claimed.size());
        }
        exchange.setProperty(FILLED, wanted > 0 && claimed.size() == wanted);
        exchange.getMessage().setBody(claimed);
    }
}
