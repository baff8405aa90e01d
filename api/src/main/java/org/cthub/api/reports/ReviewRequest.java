package org.cthub.api.reports;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A secretariat's review: a comment, required when returning a report for correction. No personal data belongs here. */
@Schema(name = "ReportReviewRequest", example = """
        {
          "comment": "Rows 4 and 9: the age bands are missing."
        }
        """)
public record ReviewRequest(
        @Schema(description = "What to correct (required to return), or a note on acceptance", example = "Rows 4 and 9: the age bands are missing.")
        @Size(max = 4000) String comment) {
}
