package org.cthub.integration.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Collects report files from the NGOs' SFTP locations at a fixed interval (HUB_REPORTS_SFTP_POLL_INTERVAL, default
 * PT1M; PT0S turns it off). Every node polls; a file one node has taken has moved out of reach of the others.
 */
@ApplicationScoped
public class ReportSftpIntakeRoutes extends RouteBuilder {

    public static final String INTAKE_ROUTE_ID = "report-sftp-intake";

    @Inject
    ReportSftpIntake intake;

    @Inject
    @ConfigProperty(name = "hub.reports.sftp-poll-interval", defaultValue = "PT1M")
    Duration pollInterval;

    @Override
    public void configure() {
        if (pollInterval.isZero()) {
            return;
        }
        long period = Math.max(200, pollInterval.toMillis());
        from("timer:" + INTAKE_ROUTE_ID + "?delay=" + Math.min(period, 5000) + "&period=" + period)
                .routeId(INTAKE_ROUTE_ID)
                .process(exchange -> exchange.getMessage().setBody(intake.collect()))
                .log(LoggingLevel.DEBUG, "Took ${body} report files from SFTP locations");
    }
}
