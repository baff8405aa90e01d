package org.cthub.persistence.partner;

/**
 * What a directory search narrows by; null fields do not narrow. {@code sandbox} keeps a search on one side of
 * the sandbox boundary: false for real callers, true for sandbox callers, null (both) for the hub operator.
 */
public record OrganisationFilter(CountryCode country, OrganisationType type, AssistanceType assistanceType,
        OrganisationStatus status, Boolean sandbox) {

    public OrganisationFilter(CountryCode country, OrganisationType type, AssistanceType assistanceType, OrganisationStatus status) {
        this(country, type, assistanceType, status, null);
    }

    /** The same search, kept to one side of the sandbox boundary (null: both). */
    public OrganisationFilter onSide(Boolean sandboxSide) {
        return new OrganisationFilter(country, type, assistanceType, status, sandboxSide);
    }
}
