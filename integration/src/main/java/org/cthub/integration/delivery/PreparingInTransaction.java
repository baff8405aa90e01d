package org.cthub.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.cthub.persistence.delivery.Deliveries;
import org.cthub.persistence.delivery.Delivery;
import org.cthub.persistence.delivery.DeliveryStatus;
import org.cthub.persistence.partner.PartnerSystem;
import org.cthub.persistence.partner.PartnerSystems;
import org.cthub.persistence.partner.SystemStatus;

/** The transactions of {@link PreparingHandOver}: one for a group of hand-overs, or one for a single one. */
@ApplicationScoped
public class PreparingInTransaction {

    /** One hand-over to prepare, and what its channel makes of the system and payload. */
    public record Preparation<T>(ClaimedDelivery claimed, BiFunction<PartnerSystem, Payload, T> request) {
    }

    @Inject
    Deliveries deliveries;

    @Inject
    PartnerSystems systems;

    @Inject
    ComposingMessage composing;

    @Inject
    RenderingPayload rendering;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<?> prepare(Preparation<?> preparation) {
        return prepareOne(preparation);
    }

    /**
     * Several hand-overs in one transaction, one answer each, in order. The deliveries are loaded in one
     * statement first; each is then prepared as {@link #prepare} would (the reads audited in this transaction).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Optional<?>> prepareAll(List<Preparation<?>> preparations) {
        deliveries.load(preparations.stream().map(p -> p.claimed().deliveryId()).toList());
        return preparations.stream().<Optional<?>>map(this::prepareOne).toList();
    }

    private <T> Optional<T> prepareOne(Preparation<T> preparation) {
        Delivery delivery = deliveries.get(preparation.claimed().deliveryId());
        PartnerSystem system = systems.get(delivery.recipientOrganisation(), delivery.partnerSystemId());
        if (system.status() != SystemStatus.ACTIVE || delivery.status() == DeliveryStatus.CANCELLED) {
            return Optional.empty();
        }
        InboxMessage message = composing.compose(PreparingHandOver.HUB, delivery);
        return Optional.of(preparation.request().apply(system, rendering.render(system, message)));
    }
}
