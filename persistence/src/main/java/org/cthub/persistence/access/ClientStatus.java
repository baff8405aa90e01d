package org.cthub.persistence.access;

/** Whether a client may still obtain tokens. Revocation is final: a revoked client is never reactivated. */
public enum ClientStatus {
    ACTIVE,
    REVOKED
}
