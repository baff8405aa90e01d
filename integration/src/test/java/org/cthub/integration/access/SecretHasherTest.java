package org.cthub.integration.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

class SecretHasherTest {

    private final SecretHasher hasher = new SecretHasher();

    @Test
    void hashIsPhcEncodedArgon2idWithOwaspParameters() {
        assertThat(hasher.hash("s3cret")).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    }

    @Test
    void acceptsTheSecretItHashed() {
        String secret = Secrets.newSecret();
        assertThat(hasher.matches(secret, hasher.hash(secret))).isTrue();
    }

    @Test
    void refusesAnotherSecret() {
        assertThat(hasher.matches("wrong", hasher.hash("right"))).isFalse();
    }

    @Test
    void saltsEveryHash() {
        assertThat(hasher.hash("same")).isNotEqualTo(hasher.hash("same"));
    }

    @Test
    void verifiesHashesMadeWithOtherParameters() {
        String salt = "c2FsdHNhbHRzYWx0c2FsdA";
        String cheaperHash = argon2id("pw", salt, 8192, 1);

        assertThat(hasher.matches("pw", cheaperHash)).isTrue();
        assertThat(hasher.matches("other", cheaperHash)).isFalse();
    }

    @Test
    void refusesMalformedOrMissingHashes() {
        assertThat(hasher.matches("pw", null)).isFalse();
        assertThat(hasher.matches("pw", "plain-text")).isFalse();
        assertThat(hasher.matches("pw", "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA")).isFalse();
        assertThat(hasher.matches(null, hasher.hash("pw"))).isFalse();
    }

    @Test
    void decoyMatchesNoSecret() {
        assertThat(hasher.matches("", hasher.decoyHash())).isFalse();
        assertThat(hasher.decoyHash()).startsWith("$argon2id$");
    }

    @Test
    void newSecretsCarry256RandomBits() {
        assertThat(Secrets.newSecret()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(Secrets.newSecret());
    }

    private static String argon2id(String secret, String salt, int memoryKib, int iterations) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib).withIterations(iterations).withParallelism(1)
                .withSalt(Base64.getDecoder().decode(salt)).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[32];
        generator.generateBytes(secret.getBytes(StandardCharsets.UTF_8), out);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=1$" + salt + "$"
                + Base64.getEncoder().withoutPadding().encodeToString(out);
    }
}
