package org.cthub.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.delivery.Deliveries;
import org.cthub.persistence.delivery.Delivery;
import org.cthub.persistence.delivery.DeliveryStatus;
import org.cthub.persistence.support.Codes;

/**
 * Records what a channel made of a claimed delivery, in a short transaction of its own (shared by the
 * hand-overs that end at about the same time, see {@link DeliveringDue}). A node whose lease
 * ran out records nothing: another node has taken the delivery over, and at-least-once allows the repeat.
 */
@ApplicationScoped
public class RecordingHandOver {

    static final String HUB = "system";

    @Inject
    Deliveries deliveries;

    @Inject
    DeliverySettings settings;

    @Inject
    ReferralDelivered referralDelivered;

    @Inject
    AuditTrail audit;

    /** What became of one claimed delivery, as its channel answered at {@code now}. */
    public record Outcome(ClaimedDelivery claimed, HandOver result, Instant now) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean record(ClaimedDelivery claimed, HandOver result, Instant now) {
        return apply(deliveries.lock(claimed.deliveryId()).orElse(null), new Outcome(claimed, result, now));
    }

    /**
     * Records several outcomes in one transaction, so hand-overs that end together share one commit; one
     * answer per outcome, in order (false: the lease had run out, nothing recorded). The rows are locked in
     * one statement.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Boolean> recordAll(List<Outcome> outcomes) {
        Map<UUID, Delivery> locked = new HashMap<>();
        deliveries.lock(outcomes.stream().map(o -> o.claimed().deliveryId()).collect(Collectors.toSet()))
                .forEach(delivery -> locked.put(delivery.id(), delivery));
        return outcomes.stream().map(o -> apply(locked.get(o.claimed().deliveryId()), o)).toList();
    }

    private boolean apply(Delivery delivery, Outcome outcome) {
        ClaimedDelivery claimed = outcome.claimed();
        HandOver result = outcome.result();
        Instant now = outcome.now();
        if (delivery == null || !delivery.leasedBy(claimed.leaseOwner(), now)) {
            return false;
        }
        switch (result.outcome()) {
            case DELIVERED -> {
                delivery.delivered(now);
                referralDelivered.record(delivery, now);
            }
            case AWAITING_ACK -> delivery.awaitAcknowledgement();
            case FAILED -> {
                delivery.failed(result.failure(), now, settings.backoff(), () -> ThreadLocalRandom.current().nextDouble());
                if (delivery.status() == DeliveryStatus.DEAD_LETTERED) {
                    audit.record(HUB, DeliveryAudit.DEAD_LETTERED, DeliveryAudit.TARGET, delivery.id(), delivery.subject()
                            + "; partnerSystem=" + delivery.partnerSystemId() + "; attempts=" + delivery.attempts()
                            + "; channel=" + Codes.of(delivery.channel()));
                }
            }
        }
        return true;
    }
}
