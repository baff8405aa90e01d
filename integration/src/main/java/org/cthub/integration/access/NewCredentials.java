package org.cthub.integration.access;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A client's credentials right after they were made: the only moment the secret exists in clear. Hand it
 * to the caller and drop it; {@link #toString()} hides it so it cannot slip into a log.
 */
public record NewCredentials(String clientId, String clientSecret, Set<String> roles, UUID organisationId,
        UUID partnerSystemId) {

    public NewCredentials {
        // sorted, so responses list roles in a stable order
        roles = Collections.unmodifiableSortedSet(new TreeSet<>(roles));
    }

    @Override
    public String toString() {
        return "NewCredentials[clientId=" + clientId + ", clientSecret=<redacted>, roles=" + roles
                + ", organisationId=" + organisationId + ", partnerSystemId=" + partnerSystemId + "]";
    }
}
