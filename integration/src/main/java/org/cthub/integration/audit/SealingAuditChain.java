package org.cthub.integration.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthub.persistence.audit.AuditLog;

/**
 * Seals committed audit entries into the hash chain, a batch per transaction, until none waits. Every node
 * runs it; the chain head's lock lets one node seal at a time, so they never fork the chain.
 */
@ApplicationScoped
public class SealingAuditChain {

    static final int BATCH = 500;

    @Inject
    AuditLog log;

    /** Seals everything committed so far; returns how many entries it sealed. */
    public int sealPending() {
        int sealed = 0;
        // Look without a lock first: most runs find nothing, and then take no lock at all.
        while (log.hasPending()) {
            int batch = log.sealPending(BATCH);
            sealed += batch;
            if (batch < BATCH) {
                break;
            }
        }
        return sealed;
    }
}
