package org.cthub.api.legislation;

import java.util.UUID;
import org.cthub.persistence.legislation.ReviewRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One organisation or working group asked to review a version. */
@Schema(name = "LegislationReviewAsked")
public record ReviewRequestView(
        @Schema(description = "The organisation asked; null when a working group was") UUID reviewer,
        @Schema(description = "The working group asked; null when an organisation was") UUID workingGroup,
        @Schema(description = "The version it was asked about") int version,
        String message,
        @Schema(format = "date-time") String requestedAt) {

    static ReviewRequestView of(ReviewRequest request) {
        return new ReviewRequestView(request.reviewerOrganisation(), request.workingGroup(), request.versionNumber(), request.message(),
                request.requestedAt().toString());
    }
}
