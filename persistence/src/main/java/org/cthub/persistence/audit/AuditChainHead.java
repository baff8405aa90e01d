package org.cthub.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The one row that holds the newest audit hash. Appending locks it, which puts concurrent writers (and
 * several hub nodes) in one order, so the chain never forks.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    static final String GENESIS = "0".repeat(64);

    @Id
    private Integer id;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    /** Appends an entry after the current head and moves the head to it. */
    AuditEntry append(Instant at, String actor, String action, String targetType, String targetId, String details) {
        AuditEntry entry = new AuditEntry(at, actor, action, targetType, targetId, details, lastHash);
        lastHash = entry.hash();
        return entry;
    }
}
