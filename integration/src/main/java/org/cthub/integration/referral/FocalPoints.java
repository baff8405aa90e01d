package org.cthub.integration.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cthub.persistence.partner.Countries;
import org.cthub.persistence.partner.Country;
import org.cthub.persistence.partner.Organisation;
import org.cthub.persistence.partner.Organisations;
import org.cthub.persistence.partner.PartnerSystem;
import org.cthub.persistence.partner.PartnerSystems;
import org.cthub.persistence.partner.SystemStatus;
import org.cthub.persistence.referral.Referral;

/**
 * The focal point a referral can reach: the one set for the country the person is in, if it is active, has an
 * active partner system to deliver to, and is neither the sender nor the recipient (who have the referral).
 */
@ApplicationScoped
public class FocalPoints {

    @Inject
    Countries countries;

    @Inject
    Organisations organisations;

    @Inject
    PartnerSystems systems;

    /** The focal point and the active systems to deliver to, or why there is none (no personal data). */
    public Reach reach(Referral referral) {
        Optional<UUID> focalPoint = countries.find(referral.currentCountry()).flatMap(Country::focalPoint);
        if (focalPoint.isEmpty()) {
            return Reach.none("no focal point for " + referral.currentCountry());
        }
        Organisation organisation = organisations.find(focalPoint.get()).orElse(null);
        if (organisation == null || !organisation.isActive()) {
            return Reach.none("the focal point for " + referral.currentCountry() + " is not active");
        }
        if (!organisations.get(referral.referringOrganisation()).sameSideAs(organisation)) {
            return Reach.none("a sandbox referral reaches no focal point");
        }
        if (referral.isSentBy(organisation.id()) || referral.isReceivedBy(organisation.id())) {
            return Reach.none("the focal point for " + referral.currentCountry() + " is the sender or the recipient");
        }
        List<PartnerSystem> active = systems.of(organisation.id()).stream()
                .filter(system -> system.status() == SystemStatus.ACTIVE).toList();
        if (active.isEmpty()) {
            return Reach.none("the focal point for " + referral.currentCountry() + " has no active partner system");
        }
        return new Reach(organisation.id(), null);
    }

    /** Whom to deliver to, or, when {@code organisation} is null, why nobody. */
    public record Reach(UUID organisation, String missing) {

        static Reach none(String why) {
            return new Reach(null, why);
        }

        public boolean reachable() {
            return organisation != null;
        }
    }
}
