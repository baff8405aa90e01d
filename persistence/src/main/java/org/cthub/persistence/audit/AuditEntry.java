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
 * One line of the append-only audit log: who did what to which record, and when. Each entry's hash covers
 * its own fields and the previous entry's hash, so removing or editing a line breaks the chain from there
 * on. Entries are written once and never updated; the PostgreSQL schema also forbids UPDATE and DELETE.
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

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, String action, String targetType, String targetId,
            String details, String previousHash) {
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.details = details;
        this.previousHash = previousHash;
        this.hash = computeHash();
    }

    /** Recomputes this entry's hash from its stored fields; differs from {@link #hash()} if it was altered. */
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

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
