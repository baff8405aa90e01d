package org.cthub.api.legislation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The submitter's last word on its draft. */
@Schema(name = "LegislationDecision", example = """
        {
          "decision": "adopted",
          "version": 2
        }
        """)
public record DecisionRequest(
        @NotNull @Schema(required = true, enumeration = {"adopted", "withdrawn"}) String decision,
        @Min(1) @Schema(description = "For adopted: the version adopted, the latest when left out. Not given for withdrawn") Integer version) {
}
