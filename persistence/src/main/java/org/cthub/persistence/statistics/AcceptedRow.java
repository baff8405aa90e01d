package org.cthub.persistence.statistics;

import java.util.UUID;

/** One row of an accepted report in the standard form (JSON of the template's fields), and who reported it from where. */
public record AcceptedRow(UUID reportId, long rowNumber, UUID organisation, String organisationCountry, String data) {
}
