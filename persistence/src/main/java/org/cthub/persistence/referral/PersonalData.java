package org.cthub.persistence.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cthub.persistence.partner.CountryCode;
import org.cthub.persistence.support.RuleViolation;
import org.cthub.persistence.support.crypto.EncryptedString;

/**
 * Who the person is, each field encrypted on its own (HTCDS v2 {@code prs_} names). Every field is optional:
 * a referral carries only what the recipient needs. Refusals name the field and the rule, never the value.
 */
@Embeddable
public class PersonalData {

    static final int NAME_LENGTH = 100;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{3}");
    private static final Pattern PHONE = Pattern.compile("\\+?[1-9]\\d{1,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}");
    private static final Pattern AGE_BAND = Pattern.compile("[0-9]{1,3}(-{1,2}[0-9]{1,3}|\\+)?");

    @Convert(converter = EncryptedString.class)
    @Column(name = "person_first_name", length = 800)
    private String firstName;

    @Convert(converter = EncryptedString.class)
    @Column(name = "person_second_name", length = 800)
    private String secondName;

    @Convert(converter = EncryptedString.class)
    @Column(name = "person_birthdate", length = 100)
    private String birthdate;

    @Convert(converter = EncryptedString.class)
    @Column(name = "person_age_band", length = 100)
    private String ageBand;

    @Convert(converter = EncryptedString.class)
    @Column(name = "person_gender", length = 100)
    private String gender;

    @Convert(converter = EncryptedString.class)
    @Column(name = "person_citizenship", length = 200)
    private String citizenship;

    @Convert(converter = EncryptedString.class)
    @Column(name = "person_primary_language", length = 100)
    private String primaryLanguage;

    @Convert(converter = EncryptedString.class)
    @Column(name = "person_secondary_language", length = 100)
    private String secondaryLanguage;

    @Convert(converter = EncryptedString.class)
    @Column(name = "person_email", length = 1500)
    private String email;

    @Convert(converter = EncryptedString.class)
    @Column(name = "person_mobile_phone", length = 100)
    private String mobilePhone;

    protected PersonalData() {
    }

    /** The person's details as the sender gives them; unknown ones are null. */
    public record Details(String firstName, String secondName, LocalDate birthdate, String ageBand, Gender gender,
            List<String> citizenship, String primaryLanguage, String secondaryLanguage, String email, String mobilePhone) {
    }

    public static PersonalData of(Details d) {
        PersonalData data = new PersonalData();
        data.firstName = name(d.firstName(), "person.firstName");
        data.secondName = name(d.secondName(), "person.secondName");
        if (d.birthdate() != null && d.birthdate().isAfter(LocalDate.now())) {
            throw new RuleViolation("person.birthdate", "person.birthdate cannot lie in the future");
        }
        data.birthdate = d.birthdate() == null ? null : d.birthdate().toString();
        data.ageBand = matching(d.ageBand(), AGE_BAND, "person.ageBand", "an age band such as 18--20 or 48+");
        data.gender = d.gender() == null ? null : d.gender().name();
        data.citizenship = citizenship(d.citizenship());
        data.primaryLanguage = matching(lower(d.primaryLanguage()), LANGUAGE, "person.primaryLanguage", "an ISO 639-2 code such as rum");
        data.secondaryLanguage = matching(lower(d.secondaryLanguage()), LANGUAGE, "person.secondaryLanguage", "an ISO 639-2 code such as rus");
        data.email = matching(d.email(), EMAIL, "person.email", "an e-mail address");
        data.mobilePhone = matching(d.mobilePhone(), PHONE, "person.mobilePhone", "an E.164 number such as +37360000000");
        return data;
    }

    public Details details() {
        return new Details(firstName, secondName, birthdate == null ? null : parseDate(birthdate), ageBand,
                gender == null ? null : Gender.valueOf(gender),
                citizenship == null ? List.of() : Arrays.asList(citizenship.split(",")),
                primaryLanguage, secondaryLanguage, email, mobilePhone);
    }

    private static String name(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.trim().length() > NAME_LENGTH) {
            throw new RuleViolation(field, field + " is at most " + NAME_LENGTH + " characters");
        }
        return value.trim();
    }

    private static String matching(String value, Pattern pattern, String field, String expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!pattern.matcher(value.trim()).matches()) {
            throw new RuleViolation(field, field + " must be " + expected);
        }
        return value.trim();
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static String citizenship(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return null;
        }
        if (codes.size() > 5) {
            throw new RuleViolation("person.citizenship", "person.citizenship lists at most 5 countries");
        }
        StringBuilder joined = new StringBuilder();
        for (String code : codes) {
            try {
                joined.append(joined.length() == 0 ? "" : ",").append(CountryCode.of(code, "person.citizenship").value());
            } catch (RuleViolation unknown) {
                // the code itself stays out of the refusal: a citizenship is personal
                throw new RuleViolation("person.citizenship", "person.citizenship must hold ISO 3166-1 alpha-2 codes (XK for Kosovo)");
            }
        }
        return joined.toString();
    }

    private static LocalDate parseDate(String stored) {
        try {
            return LocalDate.parse(stored);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("A stored birthdate is not an ISO date", e);
        }
    }
}
