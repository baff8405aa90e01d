package org.cthub.persistence.support;

import jakarta.persistence.EntityManager;
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
}
