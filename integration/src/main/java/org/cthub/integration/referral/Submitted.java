package org.cthub.integration.referral;

import java.util.List;
import org.cthub.persistence.delivery.Delivery;
import org.cthub.persistence.referral.Referral;

/**
 * The referral a submission produced, its deliveries as they stood when it committed, and whether it was
 * produced earlier under the same Idempotency-Key.
 */
public record Submitted(Referral referral, List<Delivery> deliveries, boolean replayed) {
}
