package org.cthub.persistence.partner;

/** What kind of partner an organisation is. */
public enum OrganisationType {
    GOVERNMENT,
    NGO,
    INTERNATIONAL_ORGANISATION,
    WORKING_GROUP_SECRETARIAT
}
