package org.cthub.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.cthub.integration.referral.ReadingReferral;
import org.cthub.persistence.delivery.Deliveries;
import org.cthub.persistence.support.ReadOnlyTransaction;

/**
 * A partner system lists the messages waiting in its inbox, oldest first. Each payload is the referral as
 * the recipient may read it now: personal fields only while the consent covers the recipient, and each read
 * of them audited exactly as a read of the referral.
 */
@ApplicationScoped
public class ReadingInbox {

    @Inject
    Deliveries deliveries;

    @Inject
    ComposingMessage composing;

    @Inject
    ReadingReferral reading;

    @Inject
    ReadOnlyTransaction readOnly;

    /**
     * A page of messages, read in a transaction of its own that changes nothing it loads (so what it loads is
     * read-only); it writes only the reads' audit lines.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<InboxMessage> page(InboxOwner.Owner owner, int offset, int limit) {
        readOnly.loadReadOnly();
        return deliveries.inbox(owner.partnerSystem(), offset, limit).stream()
                .map(delivery -> composing.compose(owner.clientId(), delivery, reading::audit))
                .toList();
    }

    @Transactional
    public long count(InboxOwner.Owner owner) {
        return deliveries.inboxSize(owner.partnerSystem());
    }
}
