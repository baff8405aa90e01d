package org.cthub.api.access;

import java.util.Set;
import org.cthub.persistence.support.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a client registration: the roles the new client holds. */
@Schema(example = """
        {
          "roles": [
            "partner"
          ]
        }
        """)
public record RegisterClientRequest(Set<String> roles) {

    /** The roles, refusing a missing body or list; the client itself checks which roles fit. */
    static Set<String> rolesOf(RegisterClientRequest request) {
        if (request == null || request.roles() == null || request.roles().isEmpty()) {
            throw new RuleViolation("roles", "Send {\"roles\": [...]} with at least one role");
        }
        return request.roles();
    }
}
