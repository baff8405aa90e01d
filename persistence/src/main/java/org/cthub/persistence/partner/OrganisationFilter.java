package org.cthub.persistence.partner;

/** What a directory search narrows by; null fields do not narrow. */
public record OrganisationFilter(CountryCode country, OrganisationType type, AssistanceType assistanceType,
        OrganisationStatus status) {
}
