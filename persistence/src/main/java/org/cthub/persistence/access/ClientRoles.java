package org.cthub.persistence.access;

import java.util.EnumSet;
import java.util.Set;
import org.cthub.persistence.support.RuleViolation;

/** Reads the role names a request gives into known roles, refusing unknown names rather than dropping them. */
final class ClientRoles {

    private ClientRoles() {
    }

    static Set<ClientRole> parse(Set<String> names) {
        if (names == null || names.isEmpty()) {
            throw new RuleViolation("roles", "Name at least one role: hub-admin, partner, secretariat or reviewer");
        }
        Set<ClientRole> roles = EnumSet.noneOf(ClientRole.class);
        for (String name : names) {
            roles.add(ClientRole.named(name).orElseThrow(() -> new RuleViolation("roles",
                    "Unknown role; the roles are hub-admin, partner, secretariat and reviewer")));
        }
        return roles;
    }
}
