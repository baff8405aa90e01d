package org.cthub.integration.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.cthub.integration.delivery.OpeningDeliveries;
import org.cthub.persistence.delivery.MessageType;
import org.cthub.persistence.referral.Referral;

/**
 * A rapid response for a stranded person is everybody's business in that country: the focal point gets the
 * referral too, in the submission's transaction, and becomes a party that reads it (personal fields only
 * under the consent) but does not answer it. {@code hub.referral.focal-point-copy=false} turns this off.
 */
@ApplicationScoped
public class CopyingToFocalPoint {

    @Inject
    ReferralSettings settings;

    @Inject
    FocalPoints focalPoints;

    @Inject
    OpeningDeliveries deliveries;

    /** The focal point that got a copy, if any. */
    Optional<UUID> copy(Referral referral, Instant now) {
        if (!settings.focalPointCopy() || !referral.isUrgent()) {
            return Optional.empty();
        }
        FocalPoints.Reach reach = focalPoints.reach(referral);
        if (!reach.reachable()) {
            return Optional.empty();
        }
        referral.involveFocalPoint(reach.organisation());
        deliveries.toOrganisation(referral, reach.organisation(), MessageType.REFERRAL, now);
        return Optional.of(reach.organisation());
    }
}
