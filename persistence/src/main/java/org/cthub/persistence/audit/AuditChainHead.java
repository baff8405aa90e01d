package org.cthub.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row that holds the chain's last position and hash. Sealing locks it, which puts concurrent sealers
 * (one per hub node) in one order, so the chain never forks; writing an entry does not touch it.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    static final String GENESIS = "0".repeat(64);

    @Id
    private Integer id;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    @Column(name = "last_position", nullable = false)
    private long lastPosition;

    protected AuditChainHead() {
    }

    /** A head at {@code lastPosition} whose entry hashed to {@code lastHash} (position 0: the genesis hash). */
    AuditChainHead(long lastPosition, String lastHash) {
        this.id = 1;
        this.lastPosition = lastPosition;
        this.lastHash = lastHash;
    }

    /** Seals an entry after the current head and moves the head to it. */
    void seal(AuditEntry entry) {
        entry.seal(lastPosition + 1, lastHash);
        lastPosition++;
        lastHash = entry.hash();
    }
}
