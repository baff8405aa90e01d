package org.cthub.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * One line of the append-only audit log: who did what to which record, and when. An entry is written in the
 * transaction of what it records, then sealed into the hash chain shortly after that commits
 * ({@link AuditLog#sealPending}): it gets the next position, the previous entry's hash, and its own hash over
 * its fields and that one, so removing or editing a sealed line breaks the chain from there on. Apart from
 * that one sealing, entries are never updated; the PostgreSQL schema forbids any other UPDATE, and DELETE.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 200)
    private String actor;

    @Column(nullable = false, updatable = false, length = 100)
    private String action;

    @Column(name = "target_type", nullable = false, updatable = false, length = 100)
    private String targetType;

    @Column(name = "target_id", updatable = false, length = 100)
    private String targetId;

    /** What changed, as field names and non-personal values; personal values never enter the log. */
    @Column(updatable = false, length = 4000)
    private String details;

    /** Place in the hash chain, from 1; null until sealed. */
    @Column(name = "chain_position")
    private Long chainPosition;

    @Column(name = "previous_hash", length = 64)
    private String previousHash;

    @Column(length = 64)
    private String hash;

    protected AuditEntry() {
    }

    /** A new, unsealed entry, to be written with {@link AuditLog#append} or {@link AuditLog#appendAll}. */
    public AuditEntry(Instant occurredAt, String actor, String action, String targetType, String targetId, String details) {
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.details = details;
    }

    /** Puts this entry at {@code position} in the chain, after an entry whose hash is {@code previousHash}. */
    void seal(long position, String previousHash) {
        if (chainPosition != null) {
            throw new IllegalStateException("Audit entry " + id + " is sealed already");
        }
        this.chainPosition = position;
        this.previousHash = previousHash;
        this.hash = computeHash();
    }

    /**
     * Recomputes this entry's hash from its stored fields and previous hash; differs from {@link #hash()} if
     * it was altered after sealing.
     */
    public String computeHash() {
        String canonical = String.join("\u001f", previousHash, occurredAt.toString(), actor, action, targetType,
                String.valueOf(targetId), String.valueOf(details));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String targetType() {
        return targetType;
    }

    public String targetId() {
        return targetId;
    }

    public String details() {
        return details;
    }

    /** Position in the chain, or null while the entry waits to be sealed. */
    public Long chainPosition() {
        return chainPosition;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
