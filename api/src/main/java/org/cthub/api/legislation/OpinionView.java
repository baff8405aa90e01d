package org.cthub.api.legislation;

import java.util.UUID;
import org.cthub.persistence.legislation.DraftOpinion;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer organisation's overall opinion on a version. */
@Schema(name = "LegislationOpinion", example = """
        {
          "version": 2,
          "organisation": "c4d5e6f7-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
          "opinion": "favourable-with-changes",
          "summary": "The revised draft meets the Convention's standards once Article 25 grants the recovery and reflection period to every presumed victim.",
          "givenAt": "2026-11-25T10:00:00Z"
        }
        """)
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
