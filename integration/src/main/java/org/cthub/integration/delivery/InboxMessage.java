package org.cthub.integration.delivery;

import org.cthub.integration.reports.ReportNotice;
import org.cthub.integration.referral.ReferralNotice;
import org.cthub.integration.referral.ReferralReading;
import org.cthub.persistence.delivery.Delivery;

/**
 * A message in an inbox and its payload, read for the recipient at the moment it pulls: the referral itself
 * for a {@code referral} message, the review of a report for {@code report-reviewed}, otherwise the notice of
 * the event the message tells of.
 */
public record InboxMessage(Delivery delivery, ReferralReading referral, ReferralNotice notice, ReportNotice report) {

    public InboxMessage(Delivery delivery, ReferralReading referral) {
        this(delivery, referral, null, null);
    }

    public InboxMessage(Delivery delivery, ReferralNotice notice) {
        this(delivery, null, notice, null);
    }

    public InboxMessage(Delivery delivery, ReportNotice report) {
        this(delivery, null, null, report);
    }
}
