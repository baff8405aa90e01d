package org.cthub.integration.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthub.persistence.audit.AuditLog;

/**
 * What use cases call to leave a line in the audit log, inside their own transaction. {@code actor} is the
 * calling client's id (or {@code system} for the hub's own work); {@code details} names what changed and
 * must hold no personal data.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String SYSTEM = "system";

    @Inject
    AuditLog log;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String targetType, Object targetId, String details) {
        log.append(actor, action, targetType, targetId == null ? null : targetId.toString(), details);
    }
}
