package org.cthub.persistence.reports;

/** Where the import of one report version stands: waiting, reading, done (rows imported), or refused as a whole. */
public enum ImportState {
    QUEUED,
    RUNNING,
    IMPORTED,
    REJECTED;

    public boolean finished() {
        return this == IMPORTED || this == REJECTED;
    }
}
