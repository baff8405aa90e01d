package org.cthub.integration.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the saved queries whose schedule is due, at a fixed interval on every node
 * (HUB_STATISTICS_SCHEDULE_CHECK_INTERVAL, default PT1M); a query another node is running is skipped. A round
 * that fails is logged and the queries stay due for the next one.
 */
@ApplicationScoped
public class StatisticsRoutes extends RouteBuilder {

    public static final String SCHEDULE_ROUTE_ID = "saved-query-schedule";
    private static final int BATCH = 50;

    @Inject
    SavingQueries saving;

    @Inject
    @ConfigProperty(name = "hub.statistics.schedule-check-interval", defaultValue = "PT1M")
    Duration checkInterval;

    @Override
    public void configure() {
        long period = Math.max(100, checkInterval.toMillis());
        from("timer:" + SCHEDULE_ROUTE_ID + "?delay=" + Math.min(period, 5000) + "&period=" + period)
                .routeId(SCHEDULE_ROUTE_ID)
                .onException(RuntimeException.class).handled(true)
                    .log(LoggingLevel.WARN, "Saved queries could not be run this round (${exception.class}); they stay due").end()
                .process(exchange -> exchange.getMessage().setBody(saving.runDue(Instant.now(), BATCH)))
                .log(LoggingLevel.DEBUG, "Ran ${body} scheduled queries");
    }
}
