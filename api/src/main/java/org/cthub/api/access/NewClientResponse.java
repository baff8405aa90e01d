package org.cthub.api.access;

import java.util.Set;
import java.util.UUID;
import org.cthub.integration.access.NewCredentials;

/** A client's credentials as returned once, at registration or rotation: store the secret now. */
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
