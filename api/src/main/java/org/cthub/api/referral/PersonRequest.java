package org.cthub.api.referral;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.cthub.integration.referral.PersonDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The person, with HTCDS v2 {@code prs_} field names. Every field is optional: send only what the recipient needs. */
@Schema(name = "ReferralPerson", description = "Personal data: encrypted at rest, field by field, and served only to the "
        + "sender and to a recipient the person's consent covers.")
public record PersonRequest(
        @Schema(example = "Ana") @Size(max = 100) String firstName,
        @Schema(example = "Example") @Size(max = 100) String secondName,
        @Schema(example = "2001-04-17", description = "prs_Birthdate; give ageBand instead when the date is not known") LocalDate birthdate,
        @Schema(example = "24--26", description = "An age band (CTDC style), when the birthdate is not known") @Size(max = 20) String ageBand,
        @Schema(example = "feminine", enumeration = {"feminine", "masculine", "transgender-feminine", "transgender-masculine",
                "non-conforming", "non-specified-unknown"}) @Size(max = 40) String gender,
        @Schema(example = "[\"MD\"]", description = "prs_Citizenship: ISO 3166-1 alpha-2 codes, at most 5") @Size(max = 5) List<@Size(max = 2) String> citizenship,
        @Schema(example = "rum", description = "ISO 639-2 code") @Size(max = 3) String primaryLanguage,
        @Schema(example = "rus", description = "ISO 639-2 code") @Size(max = 3) String secondaryLanguage,
        @Schema(example = "ana@example.org") @Size(max = 254) String email,
        @Schema(example = "+37360000000", description = "E.164") @Size(max = 16) String mobilePhone) {

    PersonDetails details() {
        return new PersonDetails(firstName, secondName, birthdate, ageBand, gender, citizenship, primaryLanguage,
                secondaryLanguage, email, mobilePhone);
    }
}
