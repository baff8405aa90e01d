package org.cthub.api.legislation;

import java.util.List;
import java.util.UUID;
import org.cthub.persistence.legislation.LegislationDraft;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A draft's metadata, as its latest version states it, and its versions. */
@Schema(name = "LegislationDraft", example = """
        {
          "id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b",
          "organisation": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6a",
          "workUri": "/akn/md/bill/2026-11-01/12",
          "documentType": "bill",
          "country": "MD",
          "language": "ron",
          "title": "Law on Preventing and Combating Trafficking in Human Beings (amendments)",
          "status": "revised",
          "submittedAt": "2026-11-02T08:00:00Z",
          "updatedAt": "2026-11-20T09:30:00Z",
          "latestVersion": 2,
          "versions": [
            {
              "number": 1,
              "expressionUri": "/akn/md/bill/2026-11-01/12/ron@",
              "submittedAt": "2026-11-02T08:00:00Z",
              "articles": 24,
              "bytes": 48213,
              "format": "akn"
            },
            {
              "number": 2,
              "expressionUri": "/akn/md/bill/2026-11-01/12/ron@2026-11-20",
              "submittedAt": "2026-11-20T09:30:00Z",
              "articles": 25,
              "bytes": 50877,
              "format": "akn"
            }
          ],
          "reviewRequests": [
            {
              "reviewer": "c4d5e6f7-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
              "version": 1,
              "message": "Please review the definitions and the victim protection chapter.",
              "requestedAt": "2026-11-02T08:10:00Z"
            }
          ]
        }
        """)
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
