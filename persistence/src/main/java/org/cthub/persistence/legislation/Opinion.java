package org.cthub.persistence.legislation;

/** A reviewer's overall opinion on a version of a draft. */
public enum Opinion {
    /** The draft meets the standards as it is. */
    FAVOURABLE,
    /** The draft meets them once the comments are addressed. */
    FAVOURABLE_WITH_CHANGES,
    /** The draft falls short: the comments say where. */
    UNFAVOURABLE
}
