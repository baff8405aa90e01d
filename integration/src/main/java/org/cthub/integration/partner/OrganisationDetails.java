package org.cthub.integration.partner;

import org.cthub.persistence.partner.Contact;
import org.cthub.persistence.partner.CountryCode;
import org.cthub.persistence.partner.OrganisationType;
import org.cthub.persistence.support.Codes;

/** An organisation as a caller describes it, codes as they arrive; checked when read. */
public record OrganisationDetails(String name, String type, String country, String email, String phone, String address) {

    OrganisationType organisationType() {
        return Codes.parse(OrganisationType.class, type, "type");
    }

    CountryCode countryCode() {
        return CountryCode.of(country, "country");
    }

    Contact contact() {
        return new Contact(email, phone, address);
    }
}
