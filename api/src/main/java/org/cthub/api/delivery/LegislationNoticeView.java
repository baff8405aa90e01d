package org.cthub.api.delivery;

import java.util.UUID;
import org.cthub.integration.legislation.DraftNotice;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a message about a draft law tells: the draft, what happened, and where to fetch the version concerned. */
@Schema(name = "LegislationNotice", description = "The document itself is not in the message: GET documentPath with your token")
public record LegislationNoticeView(UUID draftId, String workUri, String title,
        @Schema(description = "FRBRcountry", example = "MD") String country,
        @Schema(enumeration = {"bill", "act", "plan-of-action"}) String documentType,
        @Schema(enumeration = {"review-requested", "version-submitted", "commented", "opinion-given", "adopted", "withdrawn"},
                description = "What happened") String event,
        @Schema(enumeration = {"draft", "under-review", "commented", "revised", "adopted", "withdrawn"},
                description = "The draft's status once it happened") String status,
        @Schema(description = "The version concerned") int version,
        int latestVersion,
        @Schema(description = "For commented and opinion-given: the reviewer organisation") UUID organisation,
        @Schema(description = "For review-requested: the submitter's note to the reviewers") String message,
        @Schema(format = "date-time") String at,
        @Schema(description = "GET this path (under the API's base URL) with your token for the version's document",
                example = "/legislation/drafts/6f1c.../versions/1") String documentPath) {

    static LegislationNoticeView of(DraftNotice notice) {
        return new LegislationNoticeView(notice.draftId(), notice.workUri(), notice.title(), notice.country(),
                Codes.of(notice.documentType()), Codes.of(notice.event()), Codes.of(notice.status()), notice.versionNumber(),
                notice.latestVersion(), notice.organisation(), notice.message(), notice.at().toString(), notice.documentPath());
    }
}
