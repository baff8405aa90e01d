package org.cthub.persistence.statistics;

import java.time.Instant;
import java.util.UUID;

/** What statistics may know of one NGO report: who sent it from where, to which working group, its status and when. */
public record ReportFacts(UUID id, UUID organisation, String organisationCountry, UUID workingGroup, String status, Instant submittedAt) {
}
