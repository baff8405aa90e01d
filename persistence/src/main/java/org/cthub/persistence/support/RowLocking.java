package org.cthub.persistence.support;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The one place the database vendor shows: PostgreSQL skips rows another transaction has locked, so several
 * hub nodes claim different rows (deliveries, due saved queries) at once; the embedded H2 default (one node) waits on them instead.
 */
public enum RowLocking {
    SKIP_LOCKED("for update skip locked"),
    WAIT("for update");

    private final String clause;

    RowLocking(String clause) {
        this.clause = clause;
    }

    public static RowLocking of(EntityManager em) {
        return em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect()
                instanceof PostgreSQLDialect ? SKIP_LOCKED : WAIT;
    }

    public String skipLocked() {
        return clause;
    }

    /**
     * Runs the query with PostgreSQL's planner made to take rows in the order of an index that has them in that
     * order, rather than collect every matching row and sort them: a claim of the first few of a queue must read
     * a few index entries however long the queue is. The planner sorts instead when its statistics say few rows
     * match, and a queue's statistics are stale exactly when a backlog builds up (a partner offline for an hour,
     * a burst of referrals): measured, a claim of 16 from a 10,000-row backlog sorted the backlog every time,
     * 8–12 ms instead of 0.1 ms (bench/README.md, cause 5). The setting is local to the transaction and set back
     * to the session's own value right after the query: a later query that must sort would otherwise look so
     * expensive that PostgreSQL compiles it (JIT), 130 ms for nothing. Not in a {@code finally}: a query that
     * failed aborted the transaction, which takes the setting with it, and a second statement there would only
     * hide the first error. H2 has no such planner setting and runs the query as it is.
     */
    public <T> T inIndexOrder(EntityManager em, Supplier<T> query) {
        if (this != SKIP_LOCKED) {
            return query.get();
        }
        em.createNativeQuery("select set_config('enable_sort', 'off', true)").getSingleResult();
        T result = query.get();
        em.createNativeQuery("select set_config(name, reset_val, true) from pg_settings where name = 'enable_sort'").getSingleResult();
        return result;
    }
}
