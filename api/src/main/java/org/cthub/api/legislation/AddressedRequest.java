package org.cthub.api.legislation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The submitter says which later version addresses a comment. */
@Schema(name = "LegislationCommentAddressed", example = """
        {
          "version": 2,
          "note": "Definition added in Article 2(3)."
        }
        """)
public record AddressedRequest(
        @NotNull @Min(1) @Schema(required = true, description = "A version later than the one commented on", example = "2") Integer version,
        @Size(max = 2000) @Schema(description = "How it was addressed") String note) {
}
