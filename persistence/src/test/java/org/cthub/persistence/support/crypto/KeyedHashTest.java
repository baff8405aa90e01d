package org.cthub.persistence.support.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.UUID;
import org.cthub.persistence.referral.Case;
import org.junit.jupiter.api.Test;

class KeyedHashTest {

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    private final KeyedHash hash = KeyedHash.of(KeyRing.of("k1", key(1)), "cthub/case-reference/v1");
    private final UUID ngo = UUID.randomUUID();

    @Test
    void givesTheSameOrganisationAndReferenceTheSameHash() {
        assertThat(hash.current(Case.referenceKey(ngo, "IT-2026-0042")))
                .isEqualTo(hash.current(Case.referenceKey(ngo, " IT-2026-0042 ")))
                .startsWith("k1:").doesNotContain("0042");
    }

    @Test
    void separatesOrganisationsWithTheSameReference() {
        assertThat(hash.current(Case.referenceKey(ngo, "IT-2026-0042")))
                .isNotEqualTo(hash.current(Case.referenceKey(UUID.randomUUID(), "IT-2026-0042")));
    }

    @Test
    void dependsOnTheKeyAndThePurpose() {
        String reference = Case.referenceKey(ngo, "IT-2026-0042");
        assertThat(KeyedHash.of(KeyRing.of("k1", key(2)), "cthub/case-reference/v1").current(reference)).isNotEqualTo(hash.current(reference));
        assertThat(KeyedHash.of(KeyRing.of("k1", key(1)), "other").current(reference)).isNotEqualTo(hash.current(reference));
    }

    @Test
    void stillRecognisesHashesUnderARetiredKey() {
        String reference = Case.referenceKey(ngo, "IT-2026-0042");
        KeyedHash rotated = KeyedHash.of(KeyRing.of("k2", key(2)).withRetiredKey("k1", key(1)), "cthub/case-reference/v1");
        assertThat(rotated.all(reference)).hasSize(2).contains(hash.current(reference));
        assertThat(rotated.current(reference)).startsWith("k2:");
    }
}
