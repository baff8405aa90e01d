package org.cthub.api.audit;

import org.cthub.persistence.audit.AuditEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audit line, with its hash so a reader can check the chain. */
@Schema(name = "AuditEntry")
public record AuditEntryView(long id, @Schema(format = "date-time") String occurredAt, String actor, String action, String targetType,
        String targetId, String details, String previousHash, String hash) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.id(), e.occurredAt().toString(), e.actor(), e.action(), e.targetType(), e.targetId(),
                e.details(), e.previousHash(), e.hash());
    }
}
