package org.cthub.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.delivery.Deliveries;
import org.cthub.persistence.delivery.Delivery;
import org.cthub.persistence.support.RecordNotFound;

/**
 * The hub operator lists dead letters and sends them again, one or all, each from a fresh count of
 * attempts. Metadata only: the operator never sees a payload.
 */
@ApplicationScoped
public class ReplayingDeadLetters {

    /** How many a bulk replay takes at once, so one request holds its row locks briefly. */
    public static final int BULK_LIMIT = 1000;

    @Inject
    Deliveries deliveries;

    @Inject
    AuditTrail audit;

    @Transactional
    public List<Delivery> page(int offset, int limit) {
        return deliveries.deadLetters(offset, limit);
    }

    @Transactional
    public long count() {
        return deliveries.deadLetterCount();
    }

    @Transactional
    public Delivery replay(String actor, UUID deliveryId) {
        Delivery delivery = deliveries.lock(deliveryId).orElseThrow(() -> new RecordNotFound("Delivery", deliveryId));
        replay(actor, delivery, Instant.now());
        return delivery;
    }

    /** Replays up to {@link #BULK_LIMIT} dead letters, oldest first; returns how many. */
    @Transactional
    public int replayAll(String actor) {
        Instant now = Instant.now();
        List<Delivery> dead = deliveries.lockDeadLetters(BULK_LIMIT);
        dead.forEach(delivery -> replay(actor, delivery, now));
        return dead.size();
    }

    private void replay(String actor, Delivery delivery, Instant now) {
        delivery.replay(now);
        audit.record(actor, DeliveryAudit.REPLAYED, DeliveryAudit.TARGET, delivery.id(),
                delivery.subject() + "; partnerSystem=" + delivery.partnerSystemId());
    }
}
