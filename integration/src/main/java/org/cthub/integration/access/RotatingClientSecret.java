package org.cthub.integration.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.access.ApiClient;
import org.cthub.persistence.access.ApiClients;
import org.cthub.persistence.support.RecordNotFound;

/** A hub-admin gives a client a new secret; the old one stops working at once, tokens already issued run out. */
@ApplicationScoped
public class RotatingClientSecret {

    @Inject
    ApiClients clients;

    @Inject
    SecretHasher hasher;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Transactional
    public NewCredentials rotate(String actor, String clientId) {
        ApiClient client = clients.find(clientId).orElseThrow(() -> new RecordNotFound("Client", clientId));
        String secret = Secrets.newSecret();
        client.rotateSecret(hasher.hash(secret), clock.instant());
        audit.record(actor, AccessAudit.SECRET_ROTATED, AccessAudit.TARGET, client.clientId(), AccessAudit.describe(client));
        return new NewCredentials(client.clientId(), secret, client.roles(), client.organisationId(), client.partnerSystemId());
    }
}
