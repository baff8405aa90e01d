package org.cthub.api.legislation;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom the submitter asks to review the latest version of its draft. */
@Schema(name = "LegislationReviewRequest", example = """
        {
          "reviewers": [
            "c4d5e6f7-8a9b-4c0d-9e1f-2a3b4c5d6e7f"
          ],
          "workingGroups": [
            "f0e1d2c3-b4a5-4968-8b7a-6c5d4e3f2a1b"
          ],
          "message": "Please review the definitions and the victim protection chapter."
        }
        """)
public record ReviewRequestBody(
        @Size(max = 20) @Schema(description = "Reviewer organisations (ids from GET /organisations), e.g. OSCE/ODIHR or IOM's legal unit")
        List<UUID> reviewers,
        @Size(max = 10) @Schema(description = "Working groups (ids from GET /working-groups): their member organisations review")
        List<UUID> workingGroups,
        @Size(max = 2000) @Schema(description = "A note for the reviewers, e.g. the deadline you hope for. Not personal data") String message) {

    List<UUID> reviewersOrEmpty() {
        return reviewers == null ? List.of() : reviewers;
    }

    List<UUID> workingGroupsOrEmpty() {
        return workingGroups == null ? List.of() : workingGroups;
    }
}
