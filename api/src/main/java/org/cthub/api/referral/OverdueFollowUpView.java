package org.cthub.api.referral;

import java.time.Instant;
import java.util.UUID;
import org.cthub.integration.referral.ReadingFollowUps;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An overdue follow-up report, as metadata: who owes it, since when, and for a party, which referral and case. A
 * secretariat monitors organisations, not persons: its entries name neither the referral nor the case.
 */
@Schema(name = "OverdueFollowUp", example = """
        {
          "referralId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
          "caseId": "CASE-7K2M9QXR4T1B",
          "referringOrganisation": "5b9e2c71-3d4f-4e8a-b6c1-7f0a2d3e4b5c",
          "recipientOrganisation": "3f6c1d2e-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
          "sequence": 2,
          "dueAt": "2026-09-01T13:40:00Z",
          "daysOverdue": 27
        }
        """)
public record OverdueFollowUpView(
        @Schema(description = "The referral; absent for a secretariat") UUID referralId,
        @Schema(description = "The hub's pseudonym for the person's case; absent for a secretariat") String caseId,
        UUID referringOrganisation,
        @Schema(description = "The organisation that owes the report") UUID recipientOrganisation,
        int sequence,
        @Schema(format = "date-time") String dueAt,
        @Schema(description = "Whole days past the due date") long daysOverdue) {

    static OverdueFollowUpView of(ReadingFollowUps.Overdue overdue, Instant now) {
        return new OverdueFollowUpView(overdue.referralId(), overdue.caseId(), overdue.referringOrganisation(),
                overdue.referredOrganisation(), overdue.followUp().sequence(), overdue.followUp().dueAt().toString(),
                overdue.followUp().daysOverdue(now));
    }

    /** For a secretariat: the organisations' duty only, no referral or case, so no record about a person reaches it. */
    static OverdueFollowUpView forSecretariat(ReadingFollowUps.Overdue overdue, Instant now) {
        return new OverdueFollowUpView(null, null, overdue.referringOrganisation(), overdue.referredOrganisation(),
                overdue.followUp().sequence(), overdue.followUp().dueAt().toString(), overdue.followUp().daysOverdue(now));
    }
}
