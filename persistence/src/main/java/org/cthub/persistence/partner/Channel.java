package org.cthub.persistence.partner;

/** How the hub hands messages to a partner system. */
public enum Channel {
    /** The hub posts to the partner's HTTPS endpoint, signed with the system's signing secret. */
    WEBHOOK,
    /** The hub drops files on the partner's SFTP server. */
    SFTP,
    /** The partner polls its inbox at the hub and acknowledges; for partners who cannot host a server. */
    PULL_INBOX,
    /**
     * Handled inside the hub, never leaving it: the built-in sandbox echo partner's only system. No caller can
     * connect a system with it.
     */
    ECHO
}
