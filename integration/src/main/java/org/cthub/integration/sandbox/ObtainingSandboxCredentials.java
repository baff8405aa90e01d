package org.cthub.integration.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cthub.integration.access.NewCredentials;
import org.cthub.integration.access.RegisteringClient;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.integration.partner.AuditTargets;
import org.cthub.persistence.partner.Channel;
import org.cthub.persistence.partner.Organisation;
import org.cthub.persistence.partner.Organisations;
import org.cthub.persistence.partner.PartnerSystem;
import org.cthub.persistence.partner.PartnerSystems;
import org.cthub.persistence.support.Codes;
import org.cthub.persistence.support.ConflictingState;
import org.cthub.persistence.support.NotPermitted;
import org.cthub.persistence.support.RecordNotFound;

/**
 * A real partner asks for sandbox credentials: a new partner client of its organisation's sandbox twin, the twin
 * (with a pull-inbox system) made on the first request. The twin is kept apart from every real organisation for
 * good; its clients may connect their own systems to it (a webhook to the integrator's system, say).
 */
@ApplicationScoped
public class ObtainingSandboxCredentials {

    static final String SANDBOX_INBOX = "Sandbox inbox";
    private static final String ROLE = "partner";

    @Inject
    Organisations organisations;

    @Inject
    PartnerSystems systems;

    @Inject
    RegisteringClient registering;

    @Inject
    AuditTrail audit;

    @Transactional
    public SandboxCredentials obtain(String actor, UUID realOrganisation) {
        // Locked: two first requests at once make one twin, not two.
        Organisation real = organisations.lock(realOrganisation).orElseThrow(() -> new RecordNotFound("Organisation", realOrganisation));
        if (real.isSandbox()) {
            throw new NotPermitted("These are sandbox credentials already: ask for sandbox credentials with your organisation's own partner credentials");
        }
        if (!real.isActive()) {
            throw new ConflictingState("Your organisation is " + Codes.of(real.status()) + " in the directory: sandbox credentials "
                    + "are for active partners, ask the hub operator");
        }
        Organisation twin = organisations.sandboxTwinOf(real.id()).orElse(null);
        boolean created = twin == null;
        if (created) {
            twin = Organisation.sandboxTwinOf(real);
            organisations.add(twin);
            audit.record(actor, "organisation.registered", AuditTargets.ORGANISATION, twin.id(), "name=" + twin.name()
                    + "; type=" + Codes.of(twin.type()) + "; country=" + twin.country() + "; status=" + Codes.of(twin.status())
                    + "; sandbox=true; sandboxOf=" + real.id());
        }
        PartnerSystem inbox = sandboxInbox(actor, twin);
        NewCredentials credentials = registering.forPartnerSystem(actor, twin.id(), inbox.id(), Set.of(ROLE));
        audit.record(actor, "sandbox.credentials-issued", AuditTargets.ORGANISATION, real.id(),
                "sandboxOrganisation=" + twin.id() + "; client=" + credentials.clientId() + "; twinCreated=" + created);
        return new SandboxCredentials(credentials, twin.id(), twin.name(), inbox.id(), real.id(), created);
    }

    /** The twin's first pull-inbox system, which every sandbox client is registered for; made with the twin. */
    private PartnerSystem sandboxInbox(String actor, Organisation twin) {
        return systems.of(twin.id()).stream().filter(system -> system.channel() == Channel.PULL_INBOX)
                .min(java.util.Comparator.comparing(PartnerSystem::createdAt)).orElseGet(() -> {
                    PartnerSystem inbox = PartnerSystem.pullInbox(twin.id(), SANDBOX_INBOX, List.of("application/json"));
                    systems.add(inbox);
                    audit.record(actor, "partner-system.added", AuditTargets.PARTNER_SYSTEM, inbox.id(),
                            "organisation=" + twin.id() + "; name=" + inbox.name() + "; channel=pull-inbox; sandbox=true");
                    return inbox;
                });
    }
}
