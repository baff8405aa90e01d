package org.cthub.persistence.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.cthub.persistence.support.ConflictingState;
import org.cthub.persistence.support.RuleViolation;
import org.junit.jupiter.api.Test;

class PartnerSystemTest {

    private final UUID organisation = UUID.randomUUID();

    @Test
    void webhookSystemGetsAFreshSigningSecretEachRotation() {
        PartnerSystem system = PartnerSystem.webhook(organisation, "Case system", List.of("application/json"),
                URI.create("https://partner.example.org/hook"));
        String first = system.signingSecret();
        assertThat(first).startsWith("whsec_");
        assertThat(system.rotateSigningSecret()).isNotEqualTo(first).startsWith("whsec_");
    }

    @Test
    void sftpSystemHasNoSigningSecretToRotate() {
        PartnerSystem system = PartnerSystem.sftp(organisation, "Drop", List.of("text/csv"),
                new SftpLocation("sftp.example.org", null, "/inbox", "cthub"));
        assertThat(system.sftp().port()).isEqualTo(22);
        assertThatThrownBy(system::rotateSigningSecret).isInstanceOf(ConflictingState.class);
    }

    @Test
    void keepsItsChannel() {
        PartnerSystem system = PartnerSystem.pullInbox(organisation, "Inbox", List.of("application/json"));
        assertThatThrownBy(() -> system.moveWebhook(URI.create("https://x.example.org"))).isInstanceOf(ConflictingState.class);
    }

    @Test
    void normalisesAndDeduplicatesFormats() {
        assertThat(AcceptedFormats.check(List.of("Application/JSON", "application/json", "text/csv")))
                .containsExactly("application/json", "text/csv");
    }

    @Test
    void refusesFormatsThatAreNotMediaTypes() {
        assertThatThrownBy(() -> AcceptedFormats.check(List.of("json"))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> AcceptedFormats.check(List.of())).isInstanceOf(RuleViolation.class);
    }

    @Test
    void refusesSftpPathsThatClimbOut() {
        assertThatThrownBy(() -> new SftpLocation("sftp.example.org", 22, "/in/../etc", "u")).isInstanceOf(RuleViolation.class);
    }
}
