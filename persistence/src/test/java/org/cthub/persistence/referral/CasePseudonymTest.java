package org.cthub.persistence.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CasePseudonymTest {

    @Test
    void isCaseFollowedByTwelveCrockfordCharacters() {
        assertThat(CasePseudonym.generate()).matches("CASE-[0-9A-HJKMNP-TV-Z]{12}");
    }

    @Test
    void differsFromCaseToCase() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(CasePseudonym.generate());
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void keepsNoReferenceInClear() {
        Case opened = new Case(UUID.randomUUID(), "k1:abc");
        assertThat(opened.pseudonym()).startsWith("CASE-");
        assertThat(opened.referenceHash()).isEqualTo("k1:abc");
    }
}
