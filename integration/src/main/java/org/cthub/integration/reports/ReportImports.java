package org.cthub.integration.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.cthub.integration.support.CamelBootstrap;

/** Hands a committed report version to the {@code report-import} route, which imports it off the caller's thread. */
@ApplicationScoped
public class ReportImports {

    @Inject
    CamelBootstrap camel;

    private volatile ProducerTemplate producer;

    public void enqueue(UUID versionId) {
        if (producer == null) {
            producer = camel.context().createProducerTemplate();
        }
        producer.sendBody(ReportImportRoutes.QUEUE, versionId);
    }
}
