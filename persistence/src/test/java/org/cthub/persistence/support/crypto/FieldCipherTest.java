package org.cthub.persistence.support.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldCipherTest {

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    private final FieldCipher cipher = new FieldCipher(KeyRing.of("k1", key(1)));

    @Test
    void decryptsWhatItEncrypted() {
        String stored = cipher.encrypt("whsec_secret ✓");
        assertThat(stored).startsWith("k1:").doesNotContain("secret");
        assertThat(cipher.decrypt(stored)).isEqualTo("whsec_secret ✓");
    }

    @Test
    void givesDifferentCiphertextsForEqualValues() {
        assertThat(cipher.encrypt("same")).isNotEqualTo(cipher.encrypt("same"));
    }

    @Test
    void leavesNullAsNull() {
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
    }

    @Test
    void detectsATamperedCiphertext() {
        String stored = cipher.encrypt("value");
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "k1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(FieldDecryptionFailed.class)
                .hasMessageContaining("integrity");
    }

    @Test
    void detectsAValueRelabelledWithAnotherKeyId() {
        FieldCipher twoKeys = new FieldCipher(KeyRing.of("k2", key(1)).withRetiredKey("k1", key(1)));
        String stored = twoKeys.encrypt("value");
        assertThatThrownBy(() -> twoKeys.decrypt("k1" + stored.substring(2))).isInstanceOf(FieldDecryptionFailed.class);
    }

    @Test
    void refusesAnUnknownKeyIdNamingIt() {
        String stored = new FieldCipher(KeyRing.of("k9", key(2))).encrypt("s3cr3t");
        assertThatThrownBy(() -> cipher.decrypt(stored)).isInstanceOf(FieldDecryptionFailed.class)
                .hasMessageContaining("'k9'").hasMessageNotContaining("s3cr3t");
    }

    @Test
    void readsValuesWrittenUnderARetiredKeyAfterRotation() {
        String old = cipher.encrypt("value");
        FieldCipher rotated = new FieldCipher(KeyRing.of("k2", key(2)).withRetiredKey("k1", key(1)));
        assertThat(rotated.decrypt(old)).isEqualTo("value");
        assertThat(rotated.needsReencryption(old)).isTrue();
        assertThat(rotated.encrypt("value")).startsWith("k2:");
    }

    @Test
    void refusesMalformedStoredValues() {
        assertThatThrownBy(() -> cipher.decrypt("no-colon")).isInstanceOf(FieldDecryptionFailed.class);
        assertThatThrownBy(() -> cipher.decrypt("k1:!!!")).isInstanceOf(FieldDecryptionFailed.class);
        assertThatThrownBy(() -> cipher.decrypt("k1:AAAA")).isInstanceOf(FieldDecryptionFailed.class);
    }

    @Test
    void refusesKeysThatAreNot256Bits() {
        assertThatThrownBy(() -> KeyRing.of("k1", new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generatesAKeyFileOnceWithOwnerOnlyPermissionsAndReusesIt(@TempDir Path dir) throws Exception {
        byte[] first = KeyRingSource.fileKey(dir);
        byte[] second = KeyRingSource.fileKey(dir);
        assertThat(first).hasSize(32).isEqualTo(second);
        Path file = dir.resolve(KeyRingSource.KEY_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
