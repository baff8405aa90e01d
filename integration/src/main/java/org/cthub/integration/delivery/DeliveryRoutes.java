package org.cthub.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Polls the outbox on every node: claims a batch of due deliveries, then splits it and hands them over in
 * parallel, so one slow or unreachable partner does not hold up the others in its batch. A full batch means
 * more may be due, so the route goes again at once rather than waiting a whole interval; the database's row
 * locks keep nodes from claiming the same deliveries.
 */
@ApplicationScoped
public class DeliveryRoutes extends RouteBuilder {

    public static final String DELIVER_ROUTE_ID = "referral-deliver";

    @Inject
    DeliveringDue delivering;

    @Inject
    DeliverySettings settings;

    @Inject
    @ConfigProperty(name = "hub.delivery.poll-interval-ms", defaultValue = "2000")
    long pollIntervalMs;

    @Override
    public void configure() {
        // Managed by Camel: shut down with the context.
        ExecutorService handOvers = getContext().getExecutorServiceManager()
                .newFixedThreadPool(this, DELIVER_ROUTE_ID, settings.parallelism());
        from("timer:" + DELIVER_ROUTE_ID + "?delay=2000&period=" + pollIntervalMs)
                .routeId(DELIVER_ROUTE_ID)
                .loopDoWhile(exchange -> exchange.getMessage().getBody(List.class) == null
                        || exchange.getMessage().getBody(List.class).size() >= settings.batchSize())
                    .bean(delivering, "claim")
                    // Each hand-over records its own outcome; a failure stays with its delivery (its lease expires).
                    .split(body()).parallelProcessing().executorService(handOvers)
                        .bean(delivering, "deliver")
                    .end()
                .end()
                .log(LoggingLevel.DEBUG, "Delivery round done");
    }
}
