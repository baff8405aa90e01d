package org.cthub.persistence.support;

/**
 * A request the hub refuses for a reason the caller can act on. Each subclass is one kind of refusal with a
 * stable problem type; the API maps them to RFC 9457 problems in one place. Messages are shown to the
 * caller: they name fields and rules, never personal data.
 */
public abstract class HubException extends RuntimeException {

    private final String problemType;

    protected HubException(String problemType, String message) {
        super(message);
        this.problemType = problemType;
    }

    /** A stable slug, such as {@code record-not-found}, that becomes the problem's type URI. */
    public String problemType() {
        return problemType;
    }
}
