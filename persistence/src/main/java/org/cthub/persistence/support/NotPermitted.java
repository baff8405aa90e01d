package org.cthub.persistence.support;

/**
 * The caller may know the record, but its part in it does not allow this action (a recipient withdrawing the
 * sender's consent). A caller with no part in the record gets {@link RecordNotFound} instead.
 */
public class NotPermitted extends HubException {

    public NotPermitted(String message) {
        super("forbidden", message);
    }
}
