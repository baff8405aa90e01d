package org.cthub.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.cthub.integration.referral.ReadingReferral.PersonalRead;
import org.cthub.persistence.delivery.Deliveries;
import org.cthub.persistence.delivery.Delivery;
import org.cthub.persistence.delivery.DeliveryStatus;
import org.cthub.persistence.partner.PartnerSystem;
import org.cthub.persistence.partner.PartnerSystems;
import org.cthub.persistence.partner.SystemStatus;
import org.cthub.persistence.support.ReadOnlyTransaction;

/** The transactional half of {@link PreparingHandOver}: reads and renders; auditing the reads is the caller's part. */
@ApplicationScoped
public class ReadingForHandOver {

    @Inject
    Deliveries deliveries;

    @Inject
    PartnerSystems systems;

    @Inject
    ComposingMessage composing;

    @Inject
    RenderingPayload rendering;

    @Inject
    ReadOnlyTransaction readOnly;

    /** As {@link PreparingHandOver#prepare}; each read of personal fields goes to {@code reads}, unaudited. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> Optional<T> read(ClaimedDelivery claimed, BiFunction<PartnerSystem, Payload, T> request, Consumer<PersonalRead> reads) {
        readOnly.loadReadOnly();
        Delivery delivery = deliveries.get(claimed.deliveryId());
        PartnerSystem system = systems.get(delivery.recipientOrganisation(), delivery.partnerSystemId());
        if (system.status() != SystemStatus.ACTIVE || delivery.status() == DeliveryStatus.CANCELLED) {
            return Optional.empty();
        }
        InboxMessage message = composing.compose(PreparingHandOver.HUB, delivery, reads);
        return Optional.of(request.apply(system, rendering.render(system, message)));
    }
}
