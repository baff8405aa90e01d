package org.cthub.persistence.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import org.cthub.persistence.support.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebhookUrlPolicyTest {

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private static final WebhookUrlPolicy.Resolver OFFLINE = host -> {
        throw new UnknownHostException(host);
    };

    private final WebhookUrlPolicy policy = new WebhookUrlPolicy(Set.of(), OFFLINE);

    @Test
    void acceptsAPublicHttpsUrl() {
        assertThat(policy.check("https://partner.example.org/hooks/cthub").getHost()).isEqualTo("partner.example.org");
        assertThat(policy.check("https://8.8.8.8/x")).isNotNull();
        assertThat(policy.check("https://[2001:4860:4860::8888]/x")).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://partner.example.org/x", "ftp://partner.example.org", "partner.example.org/x",
            "https://user:pw@partner.example.org/", "https:///nohost", "not a url"})
    void refusesWhatIsNotPlainHttps(String url) {
        assertThatThrownBy(() -> policy.check(url)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.field()).isEqualTo("webhook.url"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/", "https://10.1.2.3/", "https://172.16.0.1/", "https://172.31.255.255/",
            "https://192.168.1.1/", "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/",
            "https://0.0.0.0/", "https://224.0.0.1/", "https://[::1]/", "https://[::]/", "https://[fd00::1]/",
            "https://[fe80::1]/", "https://[::ffff:10.0.0.1]/", "https://localhost/", "https://api.localhost/",
            "https://printer.local/", "https://intranet/"})
    void refusesNonPublicAddressesAndLocalNames(String url) {
        assertThatThrownBy(() -> policy.check(url)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void refusesANameThatResolvesToAnyNonPublicAddress() {
        WebhookUrlPolicy resolving = new WebhookUrlPolicy(Set.of(),
                host -> new InetAddress[] {address("93.184.216.34"), address("10.0.0.5")});
        assertThatThrownBy(() -> resolving.check("https://rebind.example.org/")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("public address");
    }

    @Test
    void acceptsANameThatDoesNotResolveYet() {
        assertThat(policy.check("https://not-yet-live.example.org/hook")).isNotNull();
    }

    @Test
    void admitsHostsTheOperatorAllowsForSandboxes() {
        WebhookUrlPolicy sandbox = new WebhookUrlPolicy(Set.of(" LOCALHOST ", "10.0.0.8"), OFFLINE);
        assertThat(sandbox.check("https://localhost:8443/hook")).isNotNull();
        assertThat(sandbox.check("https://10.0.0.8/hook")).isNotNull();
        assertThatThrownBy(() -> sandbox.check("http://localhost/hook")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void refusesBeforeSendingANameThatNowResolvesToAPrivateAddress() {
        WebhookUrlPolicy rebound = new WebhookUrlPolicy(Set.of(), host -> new InetAddress[] {address("10.0.0.7")});
        assertThatThrownBy(() -> rebound.checkBeforeSending("https://rebind.example.org/hook"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("public address");
    }

    @Test
    void refusesBeforeSendingANameThatDoesNotResolve() {
        assertThat(policy.check("https://not-yet.example.org/hook")).isNotNull();
        assertThatThrownBy(() -> policy.checkBeforeSending("https://not-yet.example.org/hook"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("does not resolve");
    }

    @Test
    void sendsToAPublicAddressAndToAnAllowedHostWithoutResolvingIt() {
        WebhookUrlPolicy publicOnly = new WebhookUrlPolicy(Set.of(), host -> new InetAddress[] {address("93.184.216.34")});
        assertThat(publicOnly.checkBeforeSending("https://partner.example.org/hook").getHost()).isEqualTo("partner.example.org");
        WebhookUrlPolicy sandbox = new WebhookUrlPolicy(Set.of("127.0.0.1"), host -> {
            throw new AssertionError("an allowed host is not resolved");
        });
        assertThat(sandbox.checkBeforeSending("https://127.0.0.1:8443/hook").getPort()).isEqualTo(8443);
    }

    @Test
    void refusesBeforeSendingWhatRegistrationRefuses() {
        assertThatThrownBy(() -> policy.checkBeforeSending("http://partner.example.org/hook")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> policy.checkBeforeSending("https://127.0.0.1/hook")).isInstanceOf(RuleViolation.class);
    }
}
