package org.cthub.integration.delivery;

import org.cthub.integration.legislation.DraftNotice;
import org.cthub.integration.reports.ReportNotice;
import org.cthub.integration.referral.ReferralNotice;
import org.cthub.integration.referral.ReferralReading;
import org.cthub.integration.statistics.StatisticsResult;
import org.cthub.persistence.delivery.Delivery;

/**
 * A message in an inbox and its payload, read for the recipient at the moment it pulls: the referral itself
 * for a {@code referral} message, the notice of the referral event a later message tells of, or the notice
 * of a draft law's event, the review of a report, or the protected result of a saved query's run. Exactly one of
 * them is set.
 */
public record InboxMessage(Delivery delivery, ReferralReading referral, ReferralNotice notice, DraftNotice draft,
        ReportNotice report, StatisticsResult statistics) {

    public InboxMessage(Delivery delivery, ReferralReading referral) {
        this(delivery, referral, null, null, null, null);
    }

    public InboxMessage(Delivery delivery, ReferralNotice notice) {
        this(delivery, null, notice, null, null, null);
    }

    public InboxMessage(Delivery delivery, DraftNotice draft) {
        this(delivery, null, null, draft, null, null);
    }

    public InboxMessage(Delivery delivery, ReportNotice report) {
        this(delivery, null, null, null, report, null);
    }

    public InboxMessage(Delivery delivery, StatisticsResult statistics) {
        this(delivery, null, null, null, null, statistics);
    }
}
