package org.cthub.integration.reports;

import java.util.UUID;

/** An upload taken in: the report, the number of its new version, and that version's id (the import's). */
public record ReportSubmitted(UUID reportId, int versionNumber, UUID versionId) {
}
