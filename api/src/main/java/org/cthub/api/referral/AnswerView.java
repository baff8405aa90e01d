package org.cthub.api.referral;

import java.util.List;
import org.cthub.persistence.referral.Referral;
import org.cthub.persistence.referral.ReferralEvent;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One answer the recipient gave. */
@Schema(name = "ReferralAnswer")
public record AnswerView(
        @Schema(enumeration = {"accept", "decline", "in-progress", "complete"}) String answer,
        @Schema(description = "The recipient's reason, when it gave one (no personal data)") String reason,
        @Schema(format = "date-time") String at) {

    static List<AnswerView> of(Referral referral) {
        return referral.events().stream().filter(e -> e.kind() == ReferralEvent.Kind.ANSWER)
                .map(e -> new AnswerView(Codes.of(e.answer()), e.reason(), e.at().toString())).toList();
    }
}
