package org.cthub.integration.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.access.ApiClient;
import org.cthub.persistence.access.ApiClients;
import org.cthub.persistence.access.ClientId;
import org.cthub.persistence.access.ClientRole;

/**
 * Makes sure the hub can be administered after start. With a configured hub-admin id and secret, that
 * client exists and takes that secret (the configuration wins over an earlier rotation). Without one, a
 * hub-admin is generated only while no active hub-admin exists, and its credentials are returned for the
 * caller to show once. A revoked configured client stays revoked: revocation is final, even for an operator.
 */
@ApplicationScoped
public class BootstrappingAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrappingAdmin.class.getName());
    private static final Set<String> HUB_ADMIN = Set.of(ClientRole.HUB_ADMIN.tokenName());

    @Inject
    ApiClients clients;

    @Inject
    SecretHasher hasher;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** Ensures the configured hub-admin; returns nothing, as its secret is the operator's already. */
    @Transactional
    public void ensureConfigured(String clientId, String secret) {
        if (secret.length() < Secrets.MIN_CONFIGURED_LENGTH) {
            throw new IllegalStateException("hub.admin.client-secret (HUB_ADMIN_CLIENT_SECRET) must have at least "
                    + Secrets.MIN_CONFIGURED_LENGTH + " characters; generate one with: openssl rand -base64 32");
        }
        Optional<ApiClient> existing = clients.find(clientId);
        if (existing.isEmpty()) {
            ApiClient admin = ApiClient.hubAdmin(new ClientId(clientId), HUB_ADMIN, hasher.hash(secret), clock.instant());
            clients.add(admin);
            audit.record(AuditTrail.SYSTEM, AccessAudit.ADMIN_BOOTSTRAPPED, AccessAudit.TARGET, clientId, "from configuration");
            return;
        }
        ApiClient admin = existing.get();
        if (!admin.isHubAdmin()) {
            throw new IllegalStateException("hub.admin.client-id names an existing client that is not a hub-admin: choose another id");
        }
        if (!admin.isActive()) {
            LOG.severe("The configured hub-admin client " + clientId + " is revoked and stays revoked: configure a new HUB_ADMIN_CLIENT_ID");
            return;
        }
        if (!hasher.matches(secret, admin.secretHash())) {
            admin.rotateSecret(hasher.hash(secret), clock.instant());
            audit.record(AuditTrail.SYSTEM, AccessAudit.SECRET_ROTATED, AccessAudit.TARGET, clientId, "from configuration");
        }
    }

    /** Generates a hub-admin when none is active; the credentials, if any, must be shown once and dropped. */
    @Transactional
    public Optional<NewCredentials> generateIfNone() {
        if (clients.countActiveWithRole(ClientRole.HUB_ADMIN) > 0) {
            return Optional.empty();
        }
        String secret = Secrets.newSecret();
        ApiClient admin = ApiClient.hubAdmin(ClientId.random(), HUB_ADMIN, hasher.hash(secret), clock.instant());
        clients.add(admin);
        audit.record(AuditTrail.SYSTEM, AccessAudit.ADMIN_BOOTSTRAPPED, AccessAudit.TARGET, admin.clientId(), "generated at start");
        return Optional.of(new NewCredentials(admin.clientId(), secret, admin.roles(), null, null));
    }
}
