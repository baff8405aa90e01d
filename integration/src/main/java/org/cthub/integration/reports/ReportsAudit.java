package org.cthub.integration.reports;

/** The names under which report events are audited. Details hold ids, counts and codes only, never row contents. */
public final class ReportsAudit {

    public static final String PROFILE = "report-profile";
    public static final String PROFILE_CREATED = "report.profile-created";
    public static final String PROFILE_UPDATED = "report.profile-updated";
    public static final String PROFILE_REMOVED = "report.profile-removed";
    public static final String PROFILE_DRY_RUN = "report.profile-dry-run";

    private ReportsAudit() {
    }
}
