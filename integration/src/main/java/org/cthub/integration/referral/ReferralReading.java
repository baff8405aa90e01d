package org.cthub.integration.referral;

import org.cthub.persistence.referral.ConsentCoverage;
import org.cthub.persistence.referral.PersonalData;
import org.cthub.persistence.referral.Referral;

/**
 * A referral as one caller may see it: its metadata, and its personal fields only when {@code access} is
 * covered ({@code personal} is null otherwise). The consent's evidence reference is the sender's alone.
 */
public record ReferralReading(Referral referral, ConsentCoverage access, Personal personal, boolean sender) {

    /** The fields that identify or locate the person. */
    public record Personal(PersonalData.Details person, String currentPlace, String summary) {
    }

    public static ReferralReading metadata(Referral referral, ConsentCoverage access, boolean sender) {
        return new ReferralReading(referral, access, null, sender);
    }

    static ReferralReading withPersonalData(Referral referral, boolean sender) {
        PersonalData person = referral.person();
        return new ReferralReading(referral, ConsentCoverage.COVERED,
                new Personal(person == null ? null : person.details(), referral.currentPlace(), referral.summary()), sender);
    }

    public String evidenceReference() {
        return sender ? referral.consent().evidenceReference() : null;
    }
}
