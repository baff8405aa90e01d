package org.cthub.persistence.partner;

/** Whether the hub delivers to a partner system. */
public enum SystemStatus {
    ACTIVE,
    DISABLED
}
