package org.cthub.persistence.support;

/** An update named a version (If-Match) that is no longer current: someone changed the record in between. */
public class StaleVersion extends HubException {

    public StaleVersion(String what, Object id) {
        super("stale-version", what + " " + id + " has changed since you read it: fetch it again and reapply your change");
    }
}
