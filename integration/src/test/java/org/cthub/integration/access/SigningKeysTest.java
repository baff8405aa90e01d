package org.cthub.integration.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path dataDir;

    @Test
    void generatesAnOwnerOnlyP256KeyOnFirstStartAndReusesIt() throws Exception {
        SigningKeys first = SigningKeys.load(Optional.empty(), dataDir);
        SigningKeys second = SigningKeys.load(Optional.empty(), dataDir);

        Path file = dataDir.resolve("keys/jwt-signing-key.pem");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(first.algorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(second.keyId()).isEqualTo(first.keyId());
    }

    @Test
    void keyIdIsTheRfc7638Thumbprint() throws Exception {
        SigningKeys keys = SigningKeys.load(Optional.empty(), dataDir);

        assertThat(keys.keyId()).isEqualTo(keys.publicKeys().getKeys().get(0).computeThumbprint().toString());
        assertThat(keys.publicKeys().getKeys().get(0).isPrivate()).isFalse();
    }

    @Test
    void usesAConfiguredRsaKeyFile() throws Exception {
        Path file = writeKey("RSA", 2048);

        SigningKeys keys = SigningKeys.load(Optional.of(file), dataDir);

        assertThat(keys.algorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(Files.exists(dataDir.resolve("keys"))).isFalse();
    }

    @Test
    void refusesRsaKeysShorterThan2048Bits() throws Exception {
        Path file = writeKey("RSA", 1024);

        assertThatThrownBy(() -> SigningKeys.load(Optional.of(file), dataDir)).hasMessageContaining("2048");
    }

    @Test
    void refusesAFileThatIsNotPkcs8() throws Exception {
        Path file = dataDir.resolve("traditional.pem");
        Files.writeString(file, "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");

        assertThatThrownBy(() -> SigningKeys.load(Optional.of(file), dataDir)).hasMessageContaining("openssl pkcs8");
    }

    private Path writeKey(String algorithm, int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
        generator.initialize(bits);
        Path file = dataDir.resolve("configured.pem");
        Files.writeString(file, PemKeys.write(generator.generateKeyPair().getPrivate()));
        return file;
    }
}
