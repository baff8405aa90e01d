package org.cthub.integration.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cthub.persistence.partner.Countries;
import org.cthub.persistence.partner.Organisation;
import org.cthub.persistence.partner.Organisations;
import org.cthub.persistence.partner.PartnerSystems;
import org.cthub.persistence.partner.ServiceOffering;
import org.cthub.persistence.partner.ServiceOfferings;
import org.cthub.persistence.partner.SystemStatus;
import org.cthub.persistence.referral.Consent;
import org.cthub.persistence.referral.ConsentCoverage;
import org.cthub.persistence.referral.RecipientCandidate;
import org.cthub.persistence.referral.ReferralContent;
import org.cthub.persistence.referral.ReturnAndReintegration;
import org.cthub.persistence.support.Codes;
import org.cthub.persistence.support.RuleViolation;

/**
 * The hub chooses a referral's recipient when the sender names none: among the active organisations other
 * than the sender, with an active partner system, that offer every requested kind of assistance in the
 * country the person is in, have room, and are covered by the person's consent, the best ranked
 * ({@link RecipientCandidate#RANKING}). The country must hold the role the assistance needs
 * ({@link ReturnAndReintegration}). Finding nobody is a refusal that says what was searched and what to do.
 */
@ApplicationScoped
public class RoutingByServiceDirectory {

    @Inject
    Countries countries;

    @Inject
    ServiceOfferings offerings;

    @Inject
    Organisations organisations;

    @Inject
    PartnerSystems systems;

    public Organisation choose(UUID sender, ReferralContent content, Consent consent, Instant now) {
        boolean sandbox = organisations.get(sender).isSandbox();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        ReturnAndReintegration.requireCountryRole(content.assistanceTypes(), content.currentCountry(),
                countries.rolesOn(content.currentCountry(), today), today);
        Map<UUID, List<ServiceOffering>> offered = offerings.inCountry(content.currentCountry(), content.assistanceTypes())
                .stream().collect(Collectors.groupingBy(ServiceOffering::organisationId));
        List<RecipientCandidate> candidates = new ArrayList<>();
        Set<String> notCovered = new TreeSet<>();
        offered.forEach((id, theirs) -> eligible(sender, sandbox, id, content, consent, now, notCovered)
                .flatMap(organisation -> RecipientCandidate.of(id, organisation.name(), content.assistanceTypes(), theirs))
                .ifPresent(candidates::add));
        return candidates.stream().min(RecipientCandidate.RANKING).map(best -> organisations.get(best.organisation()))
                .orElseThrow(() -> nobody(content, notCovered));
    }

    /** Each side of the sandbox boundary routes among its own, before anything about the other side is even looked at. */
    private Optional<Organisation> eligible(UUID sender, boolean sandbox, UUID id, ReferralContent content, Consent consent, Instant now,
            Set<String> notCovered) {
        Organisation organisation = organisations.find(id).orElse(null);
        if (organisation == null || organisation.isSandbox() != sandbox || !organisation.isActive() || organisation.id().equals(sender)
                || systems.of(id).stream().noneMatch(system -> system.status() == SystemStatus.ACTIVE)) {
            return Optional.empty();
        }
        ConsentCoverage coverage = consent.coverage(id, organisation.type(), content.purpose(), now);
        if (!coverage.covered()) {
            notCovered.add(coverage.reason());
            return Optional.empty();
        }
        return Optional.of(organisation);
    }

    private static RuleViolation nobody(ReferralContent content, Set<String> notCovered) {
        String searched = content.assistanceTypes().stream().map(Codes::of).sorted().collect(Collectors.joining(", "));
        return new RuleViolation("referredOrganisation", "No recipient found in the service directory: searched for an active "
                + "organisation other than yours, with an active partner system, that offers all of [" + searched + "] in "
                + content.currentCountry() + " with free capacity and is covered by the consent"
                + (notCovered.isEmpty() ? "" : " (offerings skipped because " + String.join("; ", notCovered) + ")")
                + ". Name the recipient in referredOrganisation, or ask the hub operator to register the services. "
                + "Nothing was stored or sent.");
    }
}
