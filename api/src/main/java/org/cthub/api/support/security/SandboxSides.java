package org.cthub.api.support.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.cthub.persistence.partner.Organisation;
import org.cthub.persistence.partner.Organisations;

/**
 * Which side of the sandbox boundary an organisation, or a caller, is on. An organisation's side is fixed at its
 * creation, so it is remembered once read: a node never asks the database twice and never holds a stale answer.
 */
@ApplicationScoped
public class SandboxSides {

    @Inject
    Organisations organisations;

    private final Map<UUID, Boolean> known = new ConcurrentHashMap<>();

    /** True for a sandbox organisation, false for a real one, empty for an id the directory does not hold. */
    public Optional<Boolean> isSandbox(UUID organisation) {
        Boolean side = known.get(organisation);
        if (side == null) {
            side = organisations.find(organisation).map(Organisation::isSandbox).orElse(null);
            if (side != null) {
                known.put(organisation, side);
            }
        }
        return Optional.ofNullable(side);
    }

    /**
     * The side a caller sees and acts on: the side of the organisation its token names; null (both sides) for the
     * hub operator, who sees every organisation with its sandbox flag.
     */
    public Boolean sideOf(Principal principal) {
        if (!(principal instanceof CallerPrincipal caller) || caller.hasRole(Roles.HUB_ADMIN) || caller.organisationId() == null) {
            return null;
        }
        return isSandbox(caller.organisationId()).orElse(false);
    }

    /** True when the caller acts for a sandbox organisation. */
    public boolean isSandboxCaller(Principal principal) {
        return principal instanceof CallerPrincipal caller && caller.organisationId() != null
                && isSandbox(caller.organisationId()).orElse(false);
    }
}
