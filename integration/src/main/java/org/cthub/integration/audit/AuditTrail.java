package org.cthub.integration.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.cthub.persistence.audit.AuditEntry;
import org.cthub.persistence.audit.AuditLog;

/**
 * What use cases call to leave a line in the audit log. {@code actor} is the calling client's id (or
 * {@code system} for the hub's own work); {@code details} names what changed and must hold no personal data.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String SYSTEM = "system";

    /** The most lines one grouped commit of reads holds. */
    static final int READS_PER_COMMIT = 500;

    @Inject
    AuditLog log;

    private GroupCommit<AuditEntry> reads;

    @PostConstruct
    void init() {
        reads = new GroupCommit<>(log::appendAll, READS_PER_COMMIT);
    }

    /** A line about a change, inside the change's own transaction: if the change rolls back, so does its line. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String targetType, Object targetId, String details) {
        log.append(actor, action, targetType, targetId == null ? null : targetId.toString(), details);
    }

    /**
     * A line about a read (something that changes nothing) made outside any transaction, durably written
     * before this returns, so nothing read is answered unaudited. The read's own transaction has committed and
     * wrote nothing; the line is committed together with the lines of the reads that arrive while another
     * commit is under way (a group commit), so audited reads do not each pay a commit of their own. A read
     * inside a transaction records its line with {@link #record} instead: the caller waiting here must not
     * hold a connection the commit may need.
     */
    @Transactional(Transactional.TxType.NEVER)
    public void recordRead(String actor, String action, String targetType, Object targetId, String details) {
        reads.write(new AuditEntry(Instant.now(), actor, action, targetType, targetId == null ? null : targetId.toString(), details));
    }
}
