package org.cthub.api.referral;

import java.time.Instant;
import java.util.UUID;
import org.cthub.integration.referral.ReadingFollowUps;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An overdue follow-up report, as metadata: which referral and case, who owes it, since when. */
@Schema(name = "OverdueFollowUp")
public record OverdueFollowUpView(UUID referralId,
        @Schema(description = "The hub's pseudonym for the person's case") String caseId,
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
}
