package org.cthub.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AuditChainHeadTest {

    private final Instant at = Instant.parse("2026-11-29T10:15:30.123456789Z");

    @Test
    void sealsEntriesAtTheNextPositionsEachLinkedToTheOneBefore() {
        AuditChainHead head = new AuditChainHead(0, AuditChainHead.GENESIS);
        AuditEntry first = entry("organisation.registered");
        AuditEntry second = entry("organisation.updated");

        head.seal(first);
        head.seal(second);

        assertThat(first.chainPosition()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(AuditChainHead.GENESIS);
        assertThat(second.chainPosition()).isEqualTo(2);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.hash()).isEqualTo(second.computeHash()).isNotEqualTo(first.hash());
    }

    @Test
    void continuesAfterTheEntriesChainedBeforeSealingExisted() {
        String last = "ab".repeat(32);
        AuditEntry next = entry("referral.submitted");

        new AuditChainHead(41, last).seal(next);

        assertThat(next.chainPosition()).isEqualTo(42);
        assertThat(next.previousHash()).isEqualTo(last);
    }

    @Test
    void hashesTheSameFieldsAsEntriesChainedBeforeSealingExisted() throws Exception {
        AuditEntry entry = entry("referral.personal-data-read");
        new AuditChainHead(0, AuditChainHead.GENESIS).seal(entry);

        // the canonical form the chain has always hashed, so entries written before V17 still verify
        String canonical = String.join("\u001f", AuditChainHead.GENESIS, "2026-11-29T10:15:30.123456Z", "client-1",
                "referral.personal-data-read", "referral", "7c9e6679-7425-40de-944b-e07fc1f90ae7", "consent=1");
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        assertThat(entry.hash()).isEqualTo(expected);
    }

    @Test
    void sealsAnEntryOnlyOnce() {
        AuditChainHead head = new AuditChainHead(0, AuditChainHead.GENESIS);
        AuditEntry entry = entry("organisation.registered");
        head.seal(entry);

        assertThatThrownBy(() -> head.seal(entry)).isInstanceOf(IllegalStateException.class);
        assertThat(entry.chainPosition()).isEqualTo(1);
    }

    @Test
    void anUnsealedEntryHasNoPlaceOrHashYet() {
        AuditEntry entry = entry("organisation.registered");

        assertThat(entry.chainPosition()).isNull();
        assertThat(entry.previousHash()).isNull();
        assertThat(entry.hash()).isNull();
    }

    private AuditEntry entry(String action) {
        return new AuditEntry(at, "client-1", action, "referral", "7c9e6679-7425-40de-944b-e07fc1f90ae7", "consent=1");
    }
}
