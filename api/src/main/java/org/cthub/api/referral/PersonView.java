package org.cthub.api.referral;

import java.util.List;
import org.cthub.persistence.referral.PersonalData;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The person's fields as served to the sender, or to a recipient the consent covers. */
@Schema(name = "ReferralPersonView")
public record PersonView(String firstName, String secondName, @Schema(format = "date") String birthdate, String ageBand,
        String gender, List<String> citizenship, String primaryLanguage, String secondaryLanguage, String email, String mobilePhone) {

    static PersonView of(PersonalData.Details d) {
        return new PersonView(d.firstName(), d.secondName(), d.birthdate() == null ? null : d.birthdate().toString(), d.ageBand(),
                Codes.of(d.gender()), d.citizenship().isEmpty() ? null : d.citizenship(), d.primaryLanguage(), d.secondaryLanguage(),
                d.email(), d.mobilePhone());
    }
}
