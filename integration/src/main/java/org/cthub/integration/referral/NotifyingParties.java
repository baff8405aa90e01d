package org.cthub.integration.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cthub.persistence.delivery.Deliveries;
import org.cthub.persistence.delivery.Delivery;
import org.cthub.persistence.delivery.DeliveryStatus;
import org.cthub.persistence.delivery.MessageType;
import org.cthub.persistence.partner.PartnerSystem;
import org.cthub.persistence.partner.PartnerSystems;
import org.cthub.persistence.partner.SystemStatus;
import org.cthub.persistence.referral.Referral;
import org.cthub.persistence.referral.ReferralEvent;

/**
 * Tells a referral's parties of an event, in the caller's transaction, through the delivery outbox: one
 * message per partner system, with the same at-least-once guarantees as the referral itself. The message
 * names the event; its payload ({@link ReferralNotice}) is built at hand-over and carries no personal data.
 */
@ApplicationScoped
public class NotifyingParties {

    @Inject
    PartnerSystems systems;

    @Inject
    Deliveries deliveries;

    /**
     * A {@code referral-update} to every active system of the referring organisation. A sender without one
     * gets nothing queued and sees the status by reading the referral.
     */
    public List<Delivery> notifySender(Referral referral, ReferralEvent event) {
        Instant now = Instant.now();
        List<Delivery> opened = systems.of(referral.referringOrganisation()).stream()
                .filter(system -> system.status() == SystemStatus.ACTIVE)
                .map(system -> Delivery.ofEvent(MessageType.REFERRAL_UPDATE, referral.id(), event.sequence(), system, now))
                .toList();
        opened.forEach(deliveries::add);
        return opened;
    }

    /**
     * A message to every recipient system that holds the referral (delivered, or in its inbox): a
     * {@code consent-withdrawn} for a withdrawn consent, a {@code referral-update} otherwise. A system
     * disabled since gets it when enabled again, as any delivery to it.
     */
    public List<Delivery> notifyHolders(Referral referral, ReferralEvent event) {
        MessageType type = event.kind() == ReferralEvent.Kind.CONSENT_WITHDRAWN ? MessageType.CONSENT_WITHDRAWN : MessageType.REFERRAL_UPDATE;
        Map<UUID, PartnerSystem> holders = new LinkedHashMap<>();
        for (Delivery delivery : deliveries.ofReferral(referral.id())) {
            if (delivery.status() == DeliveryStatus.DELIVERED || delivery.status() == DeliveryStatus.AWAITING_ACK) {
                holders.computeIfAbsent(delivery.partnerSystemId(), id -> systems.get(delivery.recipientOrganisation(), id));
            }
        }
        Instant now = Instant.now();
        List<Delivery> opened = holders.values().stream()
                .map(system -> Delivery.ofEvent(type, referral.id(), event.sequence(), system, now)).toList();
        opened.forEach(deliveries::add);
        return opened;
    }
}
