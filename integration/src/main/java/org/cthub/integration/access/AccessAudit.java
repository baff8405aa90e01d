package org.cthub.integration.access;

import org.cthub.persistence.access.ApiClient;

/** The audit log's words for changes to API clients; details name roles and ids, never a secret or hash. */
final class AccessAudit {

    static final String TARGET = "api-client";
    static final String REGISTERED = "api-client.registered";
    static final String SECRET_ROTATED = "api-client.secret-rotated";
    static final String REVOKED = "api-client.revoked";
    static final String ADMIN_BOOTSTRAPPED = "api-client.admin-bootstrapped";

    private AccessAudit() {
    }

    static String describe(ApiClient client) {
        return "roles=" + String.join(",", client.roles())
                + (client.organisationId() == null ? "" : "; organisation=" + client.organisationId())
                + (client.partnerSystemId() == null ? "" : "; partnerSystem=" + client.partnerSystemId());
    }
}
