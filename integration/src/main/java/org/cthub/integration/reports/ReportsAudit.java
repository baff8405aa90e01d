package org.cthub.integration.reports;

/** The names under which report events are audited. Details hold ids, counts and codes only, never row contents. */
public final class ReportsAudit {

    public static final String PROFILE = "report-profile";
    public static final String PROFILE_CREATED = "report.profile-created";
    public static final String PROFILE_UPDATED = "report.profile-updated";
    public static final String PROFILE_REMOVED = "report.profile-removed";
    public static final String PROFILE_DRY_RUN = "report.profile-dry-run";

    public static final String REPORT = "report";
    public static final String SUBMITTED = "report.submitted";
    public static final String VERSION_SUBMITTED = "report.version-submitted";
    public static final String IMPORTED = "report.version-imported";
    public static final String IMPORT_REJECTED = "report.version-rejected";
    public static final String SFTP_REFUSED = "report.sftp-file-refused";
    public static final String READ = "report.read";
    public static final String LISTED = "report.listed";
    public static final String ACCEPTED = "report.accepted";
    public static final String RETURNED = "report.returned-for-correction";
    public static final String EXPORTED = "report.exported";
    public static final String REJECTIONS_READ = "report.rejected-rows-read";

    private ReportsAudit() {
    }
}
