package org.cthub.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.function.BiFunction;
import org.cthub.persistence.delivery.Deliveries;
import org.cthub.persistence.delivery.Delivery;
import org.cthub.persistence.delivery.DeliveryStatus;
import org.cthub.persistence.partner.PartnerSystem;
import org.cthub.persistence.partner.PartnerSystems;
import org.cthub.persistence.partner.SystemStatus;

/**
 * Builds what a push channel (webhook, SFTP) sends, in a short transaction of its own, before the call and
 * outside it: the message as the recipient organisation may read it at this moment (a referral's personal
 * fields only while the consent covers it, the read audited as any other; a notice otherwise), rendered in
 * the system's format, with the system as it is configured now.
 */
@ApplicationScoped
public class PreparingHandOver {

    /** The audit actor of reads the hub makes on a recipient's behalf to deliver to it. */
    static final String HUB = "system";

    @Inject
    Deliveries deliveries;

    @Inject
    PartnerSystems systems;

    @Inject
    ComposingMessage composing;

    @Inject
    RenderingPayload rendering;

    /**
     * What the channel makes of the system and the rendered payload, or empty when nothing may be sent: the
     * system is disabled (nothing is read for it then), or the delivery was cancelled meanwhile because the
     * person withdrew consent (its outcome is not recorded either: its lease is gone).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> Optional<T> prepare(ClaimedDelivery claimed, BiFunction<PartnerSystem, Payload, T> request) {
        Delivery delivery = deliveries.get(claimed.deliveryId());
        PartnerSystem system = systems.get(delivery.recipientOrganisation(), delivery.partnerSystemId());
        if (system.status() != SystemStatus.ACTIVE || delivery.status() == DeliveryStatus.CANCELLED) {
            return Optional.empty();
        }
        InboxMessage message = composing.compose(HUB, delivery);
        return Optional.of(request.apply(system, rendering.render(system, message)));
    }
}
