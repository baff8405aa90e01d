package org.cthub.api.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ClientCredentialsTest {

    @Test
    void readsHttpBasicWithFormEncodedParts() throws Exception {
        ClientCredentials credentials = ClientCredentials.from(basic("ops%3Aadmin:s%2Bcret"), null, null);

        assertThat(credentials.clientId()).isEqualTo("ops:admin");
        assertThat(credentials.clientSecret()).isEqualTo("s+cret");
    }

    @Test
    void readsFormFields() throws Exception {
        assertThat(ClientCredentials.from(null, "id", "secret")).isEqualTo(new ClientCredentials("id", "secret"));
    }

    @Test
    void refusesTwoAuthenticationMethodsAtOnce() {
        assertThatThrownBy(() -> ClientCredentials.from(basic("id:secret"), "id", null))
                .isInstanceOfSatisfying(TokenRequestRefused.class,
                        refused -> assertThat(refused.error()).isEqualTo("invalid_request"));
    }

    @Test
    void treatsMissingCredentialsAsInvalidClient() {
        assertThatThrownBy(() -> ClientCredentials.from(null, "id", null))
                .isInstanceOfSatisfying(TokenRequestRefused.class, refused -> {
                    assertThat(refused.error()).isEqualTo("invalid_client");
                    assertThat(refused.status()).isEqualTo(401);
                });
    }

    @Test
    void refusesMalformedBasicHeader() {
        assertThatThrownBy(() -> ClientCredentials.from("Basic %%%", null, null))
                .isInstanceOfSatisfying(TokenRequestRefused.class,
                        refused -> assertThat(refused.error()).isEqualTo("invalid_request"));
    }

    @Test
    void neverPrintsTheSecret() throws Exception {
        assertThat(ClientCredentials.from(null, "id", "hunter2-secret").toString()).doesNotContain("hunter2");
    }

    private static String basic(String idColonSecret) {
        return "Basic " + Base64.getEncoder().encodeToString(idColonSecret.getBytes(StandardCharsets.UTF_8));
    }
}
