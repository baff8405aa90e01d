package org.cthub.persistence.partner;

import java.util.Map;
import java.util.Set;

/**
 * Where an organisation stands with the hub: registered and waiting (pending), taking part (active), or
 * temporarily shut out (suspended). A pending organisation is activated once checked; it never goes back.
 */
public enum OrganisationStatus {
    PENDING,
    ACTIVE,
    SUSPENDED;

    private static final Map<OrganisationStatus, Set<OrganisationStatus>> NEXT = Map.of(
            PENDING, Set.of(ACTIVE),
            ACTIVE, Set.of(SUSPENDED),
            SUSPENDED, Set.of(ACTIVE));

    public boolean canBecome(OrganisationStatus target) {
        return NEXT.get(this).contains(target);
    }
}
