package org.cthub.api.legislation;

import java.util.List;
import java.util.UUID;
import org.cthub.persistence.legislation.LegislationDraft;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A draft's metadata, as its latest version states it, and its versions. */
@Schema(name = "LegislationDraft")
public record DraftView(UUID id,
        @Schema(description = "The submitting organisation") UUID organisation,
        @Schema(description = "FRBRWork/FRBRuri: every submission of this work by your organisation is a version of this draft",
                example = "/akn/md/bill/2001-05-12/3") String workUri,
        @Schema(enumeration = {"bill", "act", "plan-of-action"}) String documentType,
        @Schema(description = "FRBRcountry, upper case", example = "MD") String country,
        @Schema(description = "FRBRlanguage of the latest version", example = "eng") String language,
        @Schema(description = "docTitle, else the FRBRWork's FRBRname or title alias") String title,
        @Schema(enumeration = {"draft", "under-review", "commented", "revised", "adopted", "withdrawn"}, description = "draft until "
                + "review is asked; under-review; commented once a reviewer commented or gave an opinion; revised when a version "
                + "arrives after review began; adopted or withdrawn at the end") String status,
        @Schema(format = "date-time") String submittedAt,
        @Schema(format = "date-time") String updatedAt,
        @Schema(description = "The number of the latest version") int latestVersion,
        List<VersionView> versions,
        @Schema(description = "The version adopted, once the draft is") Integer adoptedVersion,
        @Schema(description = "The organisations and working groups asked to review, oldest first") List<ReviewRequestView> reviewRequests) {

    static DraftView of(LegislationDraft draft) {
        return new DraftView(draft.id(), draft.organisation(), draft.workUri(), Codes.of(draft.documentType()), draft.country(),
                draft.language(), draft.title(), Codes.of(draft.status()), draft.submittedAt().toString(),
                draft.updatedAt().toString(), draft.latestVersion(), draft.versions().stream().map(VersionView::of).toList(),
                draft.adoptedVersion(), draft.reviewRequests().stream().map(ReviewRequestView::of).toList());
    }
}
