package org.cthub.integration.delivery.sftp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.cthub.integration.delivery.ClaimedDelivery;
import org.cthub.integration.delivery.ComposingMessage;
import org.cthub.integration.delivery.InboxMessage;
import org.cthub.integration.delivery.RenderingPayload;
import org.cthub.persistence.delivery.Deliveries;
import org.cthub.persistence.delivery.Delivery;
import org.cthub.persistence.delivery.DeliveryStatus;
import org.cthub.persistence.partner.PartnerSystem;
import org.cthub.persistence.partner.PartnerSystems;
import org.cthub.persistence.partner.SystemStatus;

/**
 * Builds an SFTP drop in a short transaction of its own, before the upload and outside it, as a webhook
 * call is built: the referral as the recipient organisation may read it now (personal fields only while
 * the consent covers it, the read audited) or the notice a later message carries, in the system's format, and the system's current location.
 */
@ApplicationScoped
public class PreparingSftpUpload {

    /** The audit actor of reads the hub makes on a recipient's behalf to deliver to it. */
    static final String HUB = "system";

    @Inject
    Deliveries deliveries;

    @Inject
    PartnerSystems systems;

    @Inject
    ComposingMessage composing;

    @Inject
    RenderingPayload payload;

    /** The file to write, or empty while the recipient system is disabled: nothing is read or sent to it then. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<SftpUpload> prepare(ClaimedDelivery claimed) {
        Delivery delivery = deliveries.get(claimed.deliveryId());
        PartnerSystem system = systems.get(delivery.recipientOrganisation(), delivery.partnerSystemId());
        // Cancelled meanwhile (consent withdrawn): nothing is read or sent, and the outcome is not recorded.
        if (system.status() != SystemStatus.ACTIVE || delivery.status() == DeliveryStatus.CANCELLED) {
            return Optional.empty();
        }
        InboxMessage message = composing.compose(HUB, delivery);
        return Optional.of(new SftpUpload(system.id(), system.sftp(), delivery.messageId(), payload.render(system, message)));
    }
}
