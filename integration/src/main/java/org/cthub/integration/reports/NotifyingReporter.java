package org.cthub.integration.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.cthub.persistence.delivery.Deliveries;
import org.cthub.persistence.delivery.Delivery;
import org.cthub.persistence.partner.PartnerSystems;
import org.cthub.persistence.partner.SystemStatus;
import org.cthub.persistence.reports.Report;

/**
 * Tells the reporting organisation of a review, in the reviewer's transaction, through the delivery outbox:
 * one report-reviewed message per active system of the organisation, with the outbox's at-least-once
 * guarantees. An organisation without an active system sees the review by reading its report.
 */
@ApplicationScoped
public class NotifyingReporter {

    @Inject
    PartnerSystems systems;

    @Inject
    Deliveries deliveries;

    public void reviewed(Report report) {
        Instant now = Instant.now();
        systems.of(report.organisation()).stream().filter(system -> system.status() == SystemStatus.ACTIVE)
                .map(system -> Delivery.ofReportReview(report.id(), report.latest().number(), system, now))
                .forEach(deliveries::add);
    }
}
