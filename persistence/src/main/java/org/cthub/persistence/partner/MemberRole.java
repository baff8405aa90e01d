package org.cthub.persistence.partner;

/** What an organisation does in a working group: chairs it, co-chairs it, or takes part. */
public enum MemberRole {
    CHAIR,
    CO_CHAIR,
    MEMBER;

    boolean leads() {
        return this != MEMBER;
    }
}
