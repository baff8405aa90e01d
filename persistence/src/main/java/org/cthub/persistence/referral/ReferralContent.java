package org.cthub.persistence.referral;

import java.util.Set;
import org.cthub.persistence.partner.AssistanceType;
import org.cthub.persistence.partner.CountryCode;

/**
 * What a referral asks for, apart from who the person is: the assistance needed, how urgently, where the
 * person is now, where a return would go, the TRM stage, the purpose, and the sender's summary.
 */
public record ReferralContent(Set<AssistanceType> assistanceTypes, Urgency urgency, CountryCode currentCountry,
        String currentPlace, CountryCode destinationCountry, TrmStage trmStage, ConsentPurpose purpose, String summary) {
}
