package org.cthub.persistence.support;

/**
 * Optimistic concurrency as HTTP sees it: the caller names the version it read (If-Match) and the change
 * applies only if the record is still at that version. The entity's {@code @Version} then guards the
 * remaining window between this check and the commit.
 */
public final class VersionCheck {

    private VersionCheck() {
    }

    public static void require(long expected, long current, String what, Object id) {
        if (expected != current) {
            throw new StaleVersion(what, id);
        }
    }
}
