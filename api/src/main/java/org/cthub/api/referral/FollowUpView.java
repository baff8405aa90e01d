package org.cthub.api.referral;

import java.time.Instant;
import java.util.List;
import org.cthub.persistence.referral.FollowUp;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One follow-up report of an accepted reintegration: when it is due and, once submitted, what it says. */
@Schema(name = "FollowUp", example = """
        {
          "sequence": 1,
          "dueAt": "2026-06-01T13:40:00Z",
          "submittedAt": "2026-05-28T11:05:00Z",
          "overdue": false,
          "wellbeing": "improving",
          "situation": [
            "housing",
            "health"
          ],
          "notes": "Vocational course started"
        }
        """)
public record FollowUpView(
        @Schema(description = "1 for the first report, counted in due order") int sequence,
        @Schema(format = "date-time") String dueAt,
        @Schema(format = "date-time", description = "Absent until the recipient submits it") String submittedAt,
        @Schema(description = "Not submitted and past its due date") boolean overdue,
        @Schema(enumeration = {"stable", "improving", "deteriorating", "at-risk", "not-reached"}) String wellbeing,
        @Schema(type = SchemaType.ARRAY, implementation = ReintegrationAreaCode.class,
                description = "The areas in which reintegration is on track") List<String> situation,
        @Schema(description = "The recipient's note (no personal data)") String notes) {

    static FollowUpView of(FollowUp f, Instant now) {
        return new FollowUpView(f.sequence(), f.dueAt().toString(), f.submittedAt() == null ? null : f.submittedAt().toString(),
                f.overdue(now), Codes.of(f.wellbeing()), f.situation().stream().map(Codes::of).sorted().toList(), f.notes());
    }
}
