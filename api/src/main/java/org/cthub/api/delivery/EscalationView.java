package org.cthub.api.delivery;

import java.util.List;
import java.util.UUID;
import org.cthub.persistence.referral.Referral;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The payload of an escalation: a referral nobody answered in time, told to the focal point of the country
 * the person is in. Metadata only; the focal point is now a party and may read the referral itself.
 */
@Schema(name = "Escalation", description = "A referral that expired unanswered; no personal fields. GET /referrals/{referralId} "
        + "reads it (personal fields only when the consent covers your organisation)")
public record EscalationView(UUID referralId,
        @Schema(example = "CASE-7K2M9QXR4T1B") String caseId,
        @Schema(enumeration = {"rapid-response", "standard"}) String urgency,
        String currentCountry, List<String> assistanceTypes, UUID referringOrganisation, UUID referredOrganisation,
        @Schema(format = "date-time", description = "When the referral expired") String expiredAt) {

    static EscalationView of(Referral r) {
        return new EscalationView(r.id(), r.referralCase().pseudonym(), Codes.of(r.urgency()), r.currentCountry().value(),
                r.assistanceTypes().stream().map(Codes::of).sorted().toList(), r.referringOrganisation(), r.referredOrganisation(),
                r.statusChangedAt().toString());
    }
}
