package org.cthub.api.legislation;

import org.cthub.persistence.legislation.DraftVersion;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version (expression) of a draft, without its content: GET the version for the document itself. */
@Schema(name = "DraftVersion")
public record VersionView(
        @Schema(description = "1 for the first submission of the work, then 2, 3, ...") int number,
        @Schema(description = "FRBRExpression/FRBRuri of this version", example = "/akn/md/bill/2001-05-12/3/eng@") String expressionUri,
        @Schema(format = "date-time") String submittedAt,
        @Schema(description = "How many articles (by eId) the version has") int articles,
        @Schema(description = "Size of the document as submitted, in bytes") int bytes,
        @Schema(enumeration = {"akn", "docx", "pdf"}, description = "The format it was submitted in, and is downloaded in: "
                + "Akoma Ntoso, Word (also available as Akoma Ntoso) or PDF (no articles)") String format) {

    static VersionView of(DraftVersion version) {
        return new VersionView(version.number(), version.expressionUri(), version.submittedAt().toString(),
                version.articles().size(), version.content().length, Codes.of(version.format()));
    }
}
