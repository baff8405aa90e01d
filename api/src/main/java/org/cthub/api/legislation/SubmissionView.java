package org.cthub.api.legislation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a submission became: the version number within its draft, and the draft. */
@Schema(name = "DraftSubmission")
public record SubmissionView(@Schema(description = "The version this submission became: 1 for a new draft") int version,
        DraftView draft) {
}
