package org.cthub.integration.referral;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cthub.persistence.partner.AssistanceType;
import org.cthub.persistence.partner.CountryCode;
import org.cthub.persistence.referral.ConsentPurpose;
import org.cthub.persistence.referral.ReferralContent;
import org.cthub.persistence.referral.TrmStage;
import org.cthub.persistence.referral.Urgency;

/**
 * A referral as the referring organisation submits it, codes as text. {@code caseReference} is the sender's
 * own case reference: it only serves to find the same case again and is never stored.
 */
public record ReferralSubmission(UUID referredOrganisation, String caseReference, List<String> assistanceTypes,
        String urgency, String currentCountry, String currentPlace, String destinationCountry, String trmStage,
        String purpose, String summary, PersonDetails person, ConsentDetails consent) {

    ReferralContent content() {
        Set<AssistanceType> types = EnumSet.noneOf(AssistanceType.class);
        if (assistanceTypes != null) {
            assistanceTypes.forEach(type -> types.add(CodeValues.required(AssistanceType.class, type, "assistanceTypes")));
        }
        return new ReferralContent(types, CodeValues.required(Urgency.class, urgency, "urgency"),
                CountryCode.of(currentCountry, "currentCountry"), currentPlace,
                destinationCountry == null ? null : CountryCode.of(destinationCountry, "destinationCountry"),
                CodeValues.required(TrmStage.class, trmStage, "trmStage"),
                CodeValues.required(ConsentPurpose.class, purpose, "purpose"), summary);
    }
}
