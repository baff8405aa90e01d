package org.cthub.integration.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.cthub.persistence.audit.AuditEntry;
import org.cthub.persistence.audit.AuditLog;

/**
 * Walks the audit log's hash chain, in chain order, and reports the first sealed entry that was edited,
 * removed or inserted out of order (entries not sealed yet are not part of the chain). Most runs check only what was appended since the last one; every {@code hub.audit.full-verify-every}
 * runs the walk starts again from the first entry, so an old entry edited behind the hub's back is found
 * too. Each node verifies on its own; the result is shown in readiness.
 */
@ApplicationScoped
public class VerifyingAuditChain {

    private static final Logger LOG = Logger.getLogger(VerifyingAuditChain.class.getName());
    private static final String GENESIS = "0".repeat(64);
    private static final int BATCH = 500;

    @Inject
    AuditLog log;

    @Inject
    @ConfigProperty(name = "hub.audit.full-verify-every", defaultValue = "60")
    int fullVerifyEvery;

    private long lastVerifiedPosition;
    private String lastHash = GENESIS;
    private long verifiedEntries;
    private Long brokenAtId;
    private long runs;

    /** Verifies every entry appended since the previous run; returns how many were checked. */
    public synchronized int verifyNext() {
        runs++;
        if (brokenAtId != null) {
            return 0;
        }
        if (runs % Math.max(1, fullVerifyEvery) == 0) {
            lastVerifiedPosition = 0;
            lastHash = GENESIS;
            verifiedEntries = 0;
        }
        int checked = 0;
        List<AuditEntry> batch;
        do {
            batch = log.after(lastVerifiedPosition, BATCH);
            for (AuditEntry entry : batch) {
                if (entry.chainPosition() != lastVerifiedPosition + 1 || !entry.previousHash().equals(lastHash)
                        || !entry.computeHash().equals(entry.hash())) {
                    brokenAtId = entry.id();
                    LOG.severe(() -> "Audit log hash chain is broken at entry " + entry.id()
                            + ": an entry was altered or removed. Investigate before trusting the log past this point.");
                    return checked;
                }
                lastHash = entry.hash();
                lastVerifiedPosition = entry.chainPosition();
                verifiedEntries++;
                checked++;
            }
        } while (batch.size() == BATCH);
        return checked;
    }

    public synchronized ChainStatus status() {
        return new ChainStatus(brokenAtId == null, verifiedEntries, lastVerifiedPosition, brokenAtId, runs);
    }

    /** What the last verification found. */
    public record ChainStatus(boolean intact, long verifiedEntries, long lastVerifiedPosition, Long brokenAtId, long runs) {
    }
}
