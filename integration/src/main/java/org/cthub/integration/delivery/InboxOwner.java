package org.cthub.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.cthub.persistence.access.ApiClient;
import org.cthub.persistence.access.ApiClients;
import org.cthub.persistence.partner.PartnerSystems;
import org.cthub.persistence.partner.SystemStatus;
import org.cthub.persistence.support.NotPermitted;

/**
 * Whose inbox a caller reaches: that of the partner system its client was registered for, and only while
 * the client acts for the same organisation as its token says. A token from an external issuer names no
 * system of ours, so it has no inbox; a disabled system's inbox is closed.
 */
@ApplicationScoped
public class InboxOwner {

    @Inject
    ApiClients clients;

    @Inject
    PartnerSystems systems;

    /** The partner system the client reads the inbox of. */
    public Owner of(String clientId, UUID organisation) {
        ApiClient client = clients.find(clientId).filter(ApiClient::isActive)
                .filter(c -> c.partnerSystemId() != null && c.organisationId().equals(organisation))
                .orElseThrow(() -> new NotPermitted("Only a client registered for a partner system has an inbox"));
        if (systems.get(organisation, client.partnerSystemId()).status() != SystemStatus.ACTIVE) {
            throw new NotPermitted("This partner system is disabled: its inbox opens again when the hub operator or your organisation re-enables it");
        }
        return new Owner(client.clientId(), organisation, client.partnerSystemId());
    }

    /** A client, the organisation it acts for, and the partner system whose inbox it reads. */
    public record Owner(String clientId, UUID organisation, UUID partnerSystem) {
    }
}
