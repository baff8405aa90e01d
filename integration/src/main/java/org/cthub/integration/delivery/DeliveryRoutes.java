package org.cthub.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Polls the outbox on every node. A full batch means more may be due, so the route goes again at once rather
 * than waiting a whole interval; the database's row locks keep nodes from claiming the same deliveries.
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
        from("timer:" + DELIVER_ROUTE_ID + "?delay=2000&period=" + pollIntervalMs)
                .routeId(DELIVER_ROUTE_ID)
                .loopDoWhile(exchange -> exchange.getMessage().getBody(Integer.class) == null
                        || exchange.getMessage().getBody(Integer.class) >= settings.batchSize())
                    .process(exchange -> exchange.getMessage().setBody(delivering.deliverBatch()))
                .end()
                .log(LoggingLevel.DEBUG, "Delivery round done");
    }
}
