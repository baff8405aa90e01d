package org.cthub.api.audit;

import org.cthub.persistence.audit.AuditEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One audit line, with its place in the hash chain and its hashes so a reader can check the chain. An entry
 * is written with the change it records and sealed into the chain within about a second; until then its
 * chain position and hashes are null.
 */
@Schema(name = "AuditEntry", example = """
        {
          "id": 1042,
          "occurredAt": "2026-03-01T10:02:11.482Z",
          "actor": "cthub-7f3a9c2e41",
          "action": "referral.submitted",
          "targetType": "referral",
          "targetId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
          "details": "to 3f6c1d2e-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
          "chainPosition": 1042,
          "previousHash": "4c1f0e9a7b3d2c5e8f6a1b0d9c7e3f2a5b8d4c6e1f0a9b7c3d2e5f8a6b1c0d9e",
          "hash": "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d"
        }
        """)
public record AuditEntryView(long id, @Schema(format = "date-time") String occurredAt, String actor, String action, String targetType,
        String targetId, String details,
        @Schema(description = "Place in the hash chain, from 1; null until the entry is sealed (within about a second)",
                nullable = true) Long chainPosition,
        @Schema(description = "Hash of the entry before it in the chain; null until sealed", nullable = true) String previousHash,
        @Schema(description = "SHA-256 over this entry's fields and previousHash; null until sealed", nullable = true) String hash) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.id(), e.occurredAt().toString(), e.actor(), e.action(), e.targetType(), e.targetId(),
                e.details(), e.chainPosition(), e.previousHash(), e.hash());
    }
}
