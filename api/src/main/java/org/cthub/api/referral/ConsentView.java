package org.cthub.api.referral;

import java.util.List;
import java.util.UUID;
import org.cthub.integration.referral.ReferralReading;
import org.cthub.persistence.referral.Consent;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A referral's consent as its parties and the hub operator see it; the evidence reference only to the sender. */
@Schema(name = "ReferralConsentView")
public record ConsentView(String givenBy, @Schema(format = "date-time") String givenAt, List<UUID> recipients,
        List<String> recipientTypes, String purpose, @Schema(format = "date-time") String validUntil,
        @Schema(format = "date-time", description = "When the consent was withdrawn; absent while it stands") String withdrawnAt,
        @Schema(description = "Shown to the sender only") String evidenceReference) {

    static ConsentView of(ReferralReading reading) {
        Consent c = reading.referral().consent();
        return new ConsentView(Codes.of(c.givenBy()), c.givenAt().toString(), c.recipients().stream().sorted().toList(),
                c.recipientTypes().stream().map(Codes::of).sorted().toList(), Codes.of(c.purpose()), c.validUntil().toString(),
                c.withdrawnAt() == null ? null : c.withdrawnAt().toString(), reading.evidenceReference());
    }
}
