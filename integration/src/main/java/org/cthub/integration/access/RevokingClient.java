package org.cthub.integration.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.access.ApiClient;
import org.cthub.persistence.access.ApiClients;
import org.cthub.persistence.access.ClientRole;
import org.cthub.persistence.support.ConflictingState;
import org.cthub.persistence.support.RecordNotFound;

/**
 * A hub-admin revokes a client for good: it gets no more tokens. The last active hub-admin cannot be
 * revoked, or nobody could administer the hub until a restart.
 */
@ApplicationScoped
public class RevokingClient {

    @Inject
    ApiClients clients;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Transactional
    public void revoke(String actor, String clientId) {
        ApiClient client = clients.find(clientId).orElseThrow(() -> new RecordNotFound("Client", clientId));
        if (client.isActive() && client.isHubAdmin() && clients.countActiveWithRole(ClientRole.HUB_ADMIN) <= 1) {
            throw new ConflictingState("Client " + clientId + " is the last active hub-admin: register another hub-admin first");
        }
        client.revoke(clock.instant());
        audit.record(actor, AccessAudit.REVOKED, AccessAudit.TARGET, client.clientId(), AccessAudit.describe(client));
    }
}
