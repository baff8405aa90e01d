package org.cthub.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cthub.persistence.delivery.Deliveries;
import org.cthub.persistence.delivery.Delivery;
import org.cthub.persistence.delivery.MessageType;
import org.cthub.persistence.partner.PartnerSystem;
import org.cthub.persistence.partner.PartnerSystems;
import org.cthub.persistence.partner.SystemStatus;
import org.cthub.persistence.referral.Referral;
import org.cthub.persistence.support.RuleViolation;

/**
 * Opens one delivery per active system of a referral's recipient, in the caller's transaction: the referral
 * and its deliveries commit together or not at all, so an acknowledged submission is never lost on its way.
 */
@ApplicationScoped
public class OpeningDeliveries {

    @Inject
    PartnerSystems systems;

    @Inject
    Deliveries deliveries;

    public List<Delivery> forReferral(Referral referral, Instant now) {
        List<PartnerSystem> active = systems.of(referral.referredOrganisation()).stream()
                .filter(system -> system.status() == SystemStatus.ACTIVE).toList();
        if (active.isEmpty()) {
            throw new RuleViolation("referredOrganisation", "The recipient organisation has no active partner system to "
                    + "deliver to: ask the hub operator to register one. Nothing was stored or sent.");
        }
        List<Delivery> opened = active.stream().map(system -> Delivery.ofReferral(referral.id(), system, now)).toList();
        opened.forEach(deliveries::add);
        return opened;
    }

    /**
     * Opens one message of this type about the referral per active system of another organisation (a focal
     * point): none when it has no active system.
     */
    public List<Delivery> toOrganisation(Referral referral, UUID organisation, MessageType type, Instant now) {
        List<Delivery> opened = systems.of(organisation).stream().filter(system -> system.status() == SystemStatus.ACTIVE)
                .map(system -> Delivery.of(type, referral.id(), system, now)).toList();
        opened.forEach(deliveries::add);
        return opened;
    }
}
