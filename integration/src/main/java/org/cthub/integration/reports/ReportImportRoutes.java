package org.cthub.integration.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.apache.camel.builder.RouteBuilder;

/**
 * Runs report imports off the request thread. An upload's version is committed first (state queued), then
 * its id goes on the in-node seda queue that {@code report-import} consumes with a bounded number of
 * consumers, so imports never pile up threads. The queue is not the only copy: the database holds every
 * queued version and the intake folder its upload, and {@code report-import-resume} queues again, once a
 * node has started, the unfinished versions whose uploads it holds. The SFTP drop route will feed the same queue.
 */
@ApplicationScoped
public class ReportImportRoutes extends RouteBuilder {

    public static final String IMPORT_ROUTE_ID = "report-import";
    public static final String RESUME_ROUTE_ID = "report-import-resume";
    static final String QUEUE = "seda:report-imports";
    private static final Logger LOG = Logger.getLogger(ReportImportRoutes.class.getName());

    @Inject
    ImportingReport importing;

    @Inject
    ImportSteps steps;

    @Inject
    ReportIntake intake;

    @Inject
    ReportSettings settings;

    @Inject
    ReportImports imports;

    private final Instant startedAt = Instant.now();

    @Override
    public void configure() {
        from(QUEUE + "?concurrentConsumers=" + settings.importConsumers() + "&size=100000")
                .routeId(IMPORT_ROUTE_ID)
                .process(exchange -> importing.run(exchange.getMessage().getBody(UUID.class)));
        from("timer:" + RESUME_ROUTE_ID + "?repeatCount=1&delay=2000")
                .routeId(RESUME_ROUTE_ID)
                .process(exchange -> resume());
    }

    private void resume() {
        List<UUID> mine = steps.requeueUnfinished(startedAt, intake);
        mine.forEach(imports::enqueue);
        if (!mine.isEmpty()) {
            LOG.info(() -> "Queued again " + mine.size() + " report imports this node had not finished");
        }
    }
}
