package org.cthub.persistence.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.cthub.persistence.support.RuleViolation;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    private static PersonalData.Details with(List<String> citizenship, String language, String phone) {
        return new PersonalData.Details("Ana", null, null, "18--20", Gender.FEMININE, citizenship, language, null, null, phone);
    }

    @Test
    void keepsWhatItWasGiven() {
        PersonalData.Details details = PersonalData.of(new PersonalData.Details(" Ana ", "Test", LocalDate.of(2000, 5, 1), null,
                Gender.FEMININE, List.of("md", "RO"), "RUM", "rus", "ana@example.org", "+37360000000")).details();
        assertThat(details.firstName()).isEqualTo("Ana");
        assertThat(details.citizenship()).containsExactly("MD", "RO");
        assertThat(details.primaryLanguage()).isEqualTo("rum");
        assertThat(details.birthdate()).isEqualTo(LocalDate.of(2000, 5, 1));
    }

    @Test
    void refusesABadCitizenshipWithoutRepeatingIt() {
        assertThatThrownBy(() -> PersonalData.of(with(List.of("QQ"), null, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("person.citizenship").hasMessageNotContaining("QQ");
    }

    @Test
    void refusesABadPhoneWithoutRepeatingIt() {
        assertThatThrownBy(() -> PersonalData.of(with(List.of(), null, "call 0699 Ana")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("person.mobilePhone").hasMessageNotContaining("Ana");
    }

    @Test
    void refusesALanguageThatIsNotAnIso6392Code() {
        assertThatThrownBy(() -> PersonalData.of(with(List.of(), "Romanian", null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("ISO 639-2");
    }
}
