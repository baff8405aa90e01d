package org.cthub.api.legislation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer organisation's overall opinion on a version. */
@Schema(name = "LegislationOpinionRequest", example = """
        {
          "version": 2,
          "opinion": "favourable-with-changes",
          "summary": "The revised draft meets the Convention's standards once Article 25 grants the recovery and reflection period to every presumed victim."
        }
        """)
public record OpinionRequest(
        @Min(1) @Schema(description = "The version the opinion is on; the latest when left out") Integer version,
        @NotNull @Schema(required = true, enumeration = {"favourable", "favourable-with-changes", "unfavourable"}) String opinion,
        @NotBlank @Size(max = 10_000) @Schema(required = true, description = "The opinion's summary") String summary) {
}
