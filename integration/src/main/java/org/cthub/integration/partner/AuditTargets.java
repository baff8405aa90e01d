package org.cthub.integration.partner;

/** The target types under which directory changes are audited, so the audit API can be filtered by them. */
public final class AuditTargets {

    public static final String ORGANISATION = "organisation";
    public static final String PARTNER_SYSTEM = "partner-system";
    public static final String SERVICE_OFFERING = "service-offering";
    public static final String COUNTRY_ROLE = "country-role";
    public static final String COUNTRY = "country";
    public static final String WORKING_GROUP = "working-group";

    private AuditTargets() {
    }
}
