package org.cthub.persistence.reports;

/** Where a report stands in its review: submitted (its latest version awaits review), accepted, or returned for correction. */
public enum ReportStatus {
    SUBMITTED,
    ACCEPTED,
    RETURNED
}
