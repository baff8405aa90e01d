package org.cthub.integration.partner;

import org.cthub.persistence.partner.AssistanceType;
import org.cthub.persistence.partner.CountryCode;
import org.cthub.persistence.support.Codes;

/** A service offering as a caller describes it. */
public record ServiceDetails(String assistanceType, String country, String place, Integer capacity) {

    AssistanceType type() {
        return Codes.parse(AssistanceType.class, assistanceType, "assistanceType");
    }

    CountryCode countryCode() {
        return CountryCode.of(country, "country");
    }
}
