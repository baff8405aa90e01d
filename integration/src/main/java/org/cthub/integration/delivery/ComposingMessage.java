package org.cthub.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import org.cthub.integration.legislation.DraftNotice;
import org.cthub.integration.referral.ReadingReferral;
import org.cthub.integration.referral.ReadingReferral.PersonalRead;
import org.cthub.integration.referral.ReferralNotice;
import org.cthub.integration.statistics.SavingQueries;
import org.cthub.persistence.delivery.Delivery;
import org.cthub.persistence.delivery.MessageType;
import org.cthub.persistence.legislation.LegislationDraft;
import org.cthub.persistence.legislation.LegislationDrafts;
import org.cthub.persistence.referral.Referral;
import org.cthub.persistence.referral.Referrals;
import org.cthub.persistence.reports.Reports;
import org.cthub.integration.reports.ReportNotice;

/**
 * Builds a message's payload for its recipient at hand-over, the same for the inbox and the webhook: a
 * referral as the recipient may read it now (its personal fields audited as any read), the metadata of an
 * escalated referral for the focal point, a report's review for the reporting organisation, or the notice of
 * the event a later message tells of, which holds no personal data and is not a read of it; for a draft law,
 * the notice of its event (the document is fetched by the recipient, not carried); for a saved query's run, its
 * protected result as of now. A read of a referral's personal fields is not audited here: it goes to the
 * caller, who audits it in its transaction or after it, before the message leaves the hub.
 */
@ApplicationScoped
public class ComposingMessage {

    @Inject
    ReadingReferral reading;

    @Inject
    Referrals referrals;

    @Inject
    LegislationDrafts drafts;

    @Inject
    SavingQueries savedQueries;

    @Inject
    Reports reports;

    @Transactional(Transactional.TxType.MANDATORY)
    public InboxMessage compose(String actor, Delivery delivery, Consumer<PersonalRead> reads) {
        if (delivery.messageType() == MessageType.STATISTICS) {
            return new InboxMessage(delivery, savedQueries.result(actor, delivery.savedQueryId(), delivery.eventSequence()));
        }
        if (delivery.messageType().aboutDrafts()) {
            LegislationDraft draft = drafts.get(delivery.draftId());
            return new InboxMessage(delivery, DraftNotice.of(delivery.messageType(), draft, drafts.event(draft.id(), delivery.eventSequence())));
        }
        if (delivery.messageType() == MessageType.REFERRAL) {
            return new InboxMessage(delivery, reading.readForMessage(actor, delivery.recipientOrganisation(), delivery.referralId(),
                    delivery.messageType(), reads));
        }
        if (delivery.messageType() == MessageType.REPORT_REVIEWED) {
            return new InboxMessage(delivery, ReportNotice.of(reports.getVisible(delivery.reportId(), null), delivery.eventSequence()));
        }
        if (delivery.messageType() == MessageType.ESCALATION) {
            return new InboxMessage(delivery, reading.readForMessage(actor, delivery.recipientOrganisation(), delivery.referralId(),
                    delivery.messageType(), reads));
        }
        Referral referral = referrals.get(delivery.referralId());
        return new InboxMessage(delivery, ReferralNotice.of(delivery.messageType(), referral, referral.event(delivery.eventSequence())));
    }
}
