package org.cthub.api.legislation;

import java.util.UUID;
import org.cthub.persistence.legislation.DraftComment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's comment, and whether the submitter marked it addressed. */
@Schema(name = "LegislationComment", example = """
        {
          "id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
          "version": 1,
          "eId": "art_2",
          "organisation": "c4d5e6f7-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
          "text": "Define 'position of vulnerability' as the Council of Europe Convention does.",
          "createdAt": "2026-11-09T15:20:00Z",
          "addressedInVersion": 2,
          "addressedNote": "Definition added in Article 2(3)."
        }
        """)
public record CommentView(UUID id,
        @Schema(description = "The version commented on") int version,
        @Schema(description = "The article's eId; null for a comment on the whole document") String eId,
        @Schema(description = "The reviewer organisation") UUID organisation,
        String text,
        @Schema(format = "date-time") String createdAt,
        @Schema(description = "The version that addresses it, once the submitter says so") Integer addressedInVersion,
        String addressedNote) {

    static CommentView of(DraftComment comment) {
        return new CommentView(comment.id(), comment.versionNumber(), comment.eId(), comment.organisation(), comment.text(),
                comment.createdAt().toString(), comment.addressedInVersion(), comment.addressedNote());
    }
}
