package org.cthub.api.legislation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's comment on the whole document, or on one article by its eId. */
@Schema(name = "LegislationCommentRequest", example = """
        {
          "version": 1,
          "eId": "art_2",
          "text": "Define 'position of vulnerability' as the Council of Europe Convention does."
        }
        """)
public record CommentRequest(
        @Min(1) @Schema(description = "The version commented on; the latest when left out", example = "1") Integer version,
        @Size(max = 200) @Schema(description = "The article's eId in that version (e.g. art_2); left out for a comment on the whole document",
                example = "art_2") String eId,
        @NotBlank @Size(max = 10_000) @Schema(required = true, description = "The comment") String text) {
}
