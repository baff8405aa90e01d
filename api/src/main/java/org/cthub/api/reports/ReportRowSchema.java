package org.cthub.api.reports;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI schema of one row of a report in JSON: an object from field names to values. Uploads use the NGO's own
 * field names (its profile maps them); exports use the template's fields. Only for the contract: rows are streamed,
 * never bound to a class.
 */
@Schema(name = "ReportRow", type = SchemaType.OBJECT, additionalProperties = Schema.True.class,
        description = "One row: field names to values (strings, numbers or booleans). An upload names fields as the "
                + "NGO's profile maps them; an export names the template's fields.",
        example = "{\"periodStart\": \"2026-01-01\", \"periodEnd\": \"2026-03-31\", \"country\": \"MD\", "
                + "\"measure\": \"persons-assisted\", \"gender\": \"Woman\", \"ageBroad\": \"18--20\", \"citizenship\": \"MD\", "
                + "\"assistanceType\": \"shelter\", \"count\": 12}")
public final class ReportRowSchema {

    private ReportRowSchema() {
    }
}
