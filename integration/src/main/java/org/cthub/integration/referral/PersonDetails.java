package org.cthub.integration.referral;

import java.time.LocalDate;
import java.util.List;
import org.cthub.persistence.referral.Gender;
import org.cthub.persistence.referral.PersonalData;

/** The person as the sender describes them (HTCDS v2 {@code prs_} fields), codes as text. */
public record PersonDetails(String firstName, String secondName, LocalDate birthdate, String ageBand, String gender,
        List<String> citizenship, String primaryLanguage, String secondaryLanguage, String email, String mobilePhone) {

    PersonalData personalData() {
        return PersonalData.of(new PersonalData.Details(firstName, secondName, birthdate, ageBand,
                CodeValues.personal(Gender.class, gender, "person.gender"), citizenship, primaryLanguage, secondaryLanguage,
                email, mobilePhone));
    }
}
