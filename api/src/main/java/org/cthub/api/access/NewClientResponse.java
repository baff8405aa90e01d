package org.cthub.api.access;

import java.util.Set;
import java.util.UUID;
import org.cthub.integration.access.NewCredentials;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client's credentials as returned once, at registration or rotation: store the secret now. */
@Schema(example = """
        {
          "clientId": "cthub-7f3a9c2e41",
          "clientSecret": "cs_4Wq9ZtR2mK7pX1vL8nB3yH6dF0jS5gQe",
          "roles": [
            "partner"
          ],
          "organisationId": "3f6c1d2e-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
          "partnerSystemId": "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"
        }
        """)
public record NewClientResponse(String clientId, String clientSecret, Set<String> roles, UUID organisationId,
        UUID partnerSystemId) {

    static NewClientResponse of(NewCredentials credentials) {
        return new NewClientResponse(credentials.clientId(), credentials.clientSecret(), credentials.roles(),
                credentials.organisationId(), credentials.partnerSystemId());
    }

    @Override
    public String toString() {
        return "NewClientResponse[clientId=" + clientId + ", clientSecret=<redacted>]";
    }
}
