package org.cthub.api.legislation;

import java.util.UUID;
import org.cthub.persistence.legislation.DraftOpinion;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer organisation's overall opinion on a version. */
@Schema(name = "LegislationOpinion")
public record OpinionView(
        @Schema(description = "The version it is on") int version,
        @Schema(description = "The reviewer organisation") UUID organisation,
        @Schema(enumeration = {"favourable", "favourable-with-changes", "unfavourable"}) String opinion,
        String summary,
        @Schema(format = "date-time") String givenAt) {

    static OpinionView of(DraftOpinion opinion) {
        return new OpinionView(opinion.versionNumber(), opinion.organisation(), Codes.of(opinion.opinion()), opinion.summary(),
                opinion.givenAt().toString());
    }
}
