package org.cthub.persistence.partner;

/** The part a country plays in trafficking routes, which decides the projects it runs. */
public enum CountryRoleKind {
    /** Reintegration of returned persons. */
    ORIGIN,
    /** Return support and protected shelter in transit. */
    TRANSIT,
    /** Identification, shelter, assisted return. */
    DESTINATION
}
