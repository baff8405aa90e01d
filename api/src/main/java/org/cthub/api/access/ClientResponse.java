package org.cthub.api.access;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.cthub.persistence.access.ApiClient;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registered client as a hub-admin sees it: never its secret nor the secret's hash. */
@Schema(example = """
        {
          "clientId": "cthub-7f3a9c2e41",
          "roles": [
            "partner"
          ],
          "organisationId": "3f6c1d2e-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
          "partnerSystemId": "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0",
          "status": "ACTIVE",
          "createdAt": "2026-01-12T09:35:00Z",
          "secretRotatedAt": "2026-07-01T08:00:00Z"
        }
        """)
public record ClientResponse(String clientId, Set<String> roles, UUID organisationId, UUID partnerSystemId,
        String status, Instant createdAt, Instant secretRotatedAt, Instant revokedAt) {

    static ClientResponse of(ApiClient client) {
        return new ClientResponse(client.clientId(), client.roles(), client.organisationId(), client.partnerSystemId(),
                client.status().name(), client.createdAt(), client.secretRotatedAt(), client.revokedAt());
    }
}
