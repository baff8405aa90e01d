package org.cthub.api.referral;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The recipient's answer to a referral. */
@Schema(name = "ReferralAnswerRequest")
public record AnswerRequest(
        @NotNull @Schema(required = true, enumeration = {"accept", "decline", "in-progress", "complete"}) String answer,
        @Schema(maxLength = 1000, description = "Required to decline, optional otherwise. Must not contain personal data: "
                + "the sender's systems receive it as it is") String reason) {
}
