package org.cthub.api.legislation;

import java.util.UUID;
import org.cthub.persistence.legislation.DraftComment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's comment, and whether the submitter marked it addressed. */
@Schema(name = "LegislationComment")
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
