package org.cthub.api.access;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.cthub.persistence.access.ApiClient;

/** A registered client as a hub-admin sees it: never its secret nor the secret's hash. */
public record ClientResponse(String clientId, Set<String> roles, UUID organisationId, UUID partnerSystemId,
        String status, Instant createdAt, Instant secretRotatedAt, Instant revokedAt) {

    static ClientResponse of(ApiClient client) {
        return new ClientResponse(client.clientId(), client.roles(), client.organisationId(), client.partnerSystemId(),
                client.status().name(), client.createdAt(), client.secretRotatedAt(), client.revokedAt());
    }
}
