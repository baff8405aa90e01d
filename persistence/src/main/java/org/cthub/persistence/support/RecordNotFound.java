package org.cthub.persistence.support;

/** The record named in the request does not exist, or the caller may not know that it does. */
public class RecordNotFound extends HubException {

    public RecordNotFound(String what, Object id) {
        super("record-not-found", what + " " + id + " was not found");
    }
}
