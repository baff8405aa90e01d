package org.cthub.integration.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.access.ApiClient;
import org.cthub.persistence.access.ApiClients;
import org.cthub.persistence.access.ClientId;
import org.cthub.persistence.partner.PartnerSystems;

/** A hub-admin registers a client for a partner system, or another hub-admin; the secret is returned once. */
@ApplicationScoped
public class RegisteringClient {

    @Inject
    ApiClients clients;

    @Inject
    PartnerSystems partnerSystems;

    @Inject
    SecretHasher hasher;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Transactional
    public NewCredentials forPartnerSystem(String actor, UUID organisationId, UUID partnerSystemId, Set<String> roles) {
        partnerSystems.get(organisationId, partnerSystemId); // RecordNotFound unless it is that organisation's
        String secret = Secrets.newSecret();
        return register(actor, ApiClient.forPartnerSystem(organisationId, partnerSystemId, roles, hasher.hash(secret), clock.instant()), secret);
    }

    @Transactional
    public NewCredentials hubAdmin(String actor, Set<String> roles) {
        String secret = Secrets.newSecret();
        return register(actor, ApiClient.hubAdmin(ClientId.random(), roles, hasher.hash(secret), clock.instant()), secret);
    }

    private NewCredentials register(String actor, ApiClient client, String secret) {
        clients.add(client);
        audit.record(actor, AccessAudit.REGISTERED, AccessAudit.TARGET, client.clientId(), AccessAudit.describe(client));
        return new NewCredentials(client.clientId(), secret, client.roles(), client.organisationId(), client.partnerSystemId());
    }
}
