package org.cthub.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.seda.SedaEndpoint;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Two routes. {@value #DELIVER_ROUTE_ID} polls the outbox on every node and claims due deliveries, no more
 * than the hand-over queue has room for, so a claim never waits in the queue for long; a full claim means
 * more may be due, so it goes again at once rather than waiting a whole interval. The database's row locks
 * keep nodes from claiming the same deliveries. {@value #HAND_OVER_ROUTE_ID} hands them over with
 * several consumers at once, so one slow or unreachable partner holds up only its own deliveries.
 */
@ApplicationScoped
public class DeliveryRoutes extends RouteBuilder {

    public static final String DELIVER_ROUTE_ID = "referral-deliver";
    public static final String HAND_OVER_ROUTE_ID = "referral-hand-over";
    private static final String ROOM = "CtHubHandOverRoom";

    @Inject
    DeliveringDue delivering;

    @Inject
    DeliverySettings settings;

    @Inject
    @ConfigProperty(name = "hub.delivery.poll-interval-ms", defaultValue = "2000")
    long pollIntervalMs;

    @Override
    public void configure() {
        int parallelism = settings.parallelism();
        // As many waiting as are being handed over: a claim waits at most about one hand-over, well inside its lease.
        String handOvers = "seda:" + HAND_OVER_ROUTE_ID + "?size=" + parallelism;
        from("timer:" + DELIVER_ROUTE_ID + "?delay=2000&period=" + pollIntervalMs)
                .routeId(DELIVER_ROUTE_ID)
                .loopDoWhile(exchange -> exchange.getMessage().getBody(List.class) == null
                        || exchange.getMessage().getBody(List.class).size() == exchange.getProperty(ROOM, Integer.class)
                                && exchange.getProperty(ROOM, Integer.class) > 0)
                    .process(exchange -> exchange.setProperty(ROOM, room(handOvers)))
                    .process(exchange -> exchange.getMessage().setBody(delivering.claim(exchange.getProperty(ROOM, Integer.class))))
                    .split(body())
                        .to(handOvers + "&blockWhenFull=true")
                    .end()
                .end()
                .log(LoggingLevel.DEBUG, "Delivery round done");
        from(handOvers + "&concurrentConsumers=" + parallelism)
                .routeId(HAND_OVER_ROUTE_ID)
                .bean(delivering, "deliver");
    }

    private int room(String handOvers) {
        return getContext().getEndpoint(handOvers, SedaEndpoint.class).getQueue().remainingCapacity();
    }
}
