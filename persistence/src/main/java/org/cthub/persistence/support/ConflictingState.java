package org.cthub.persistence.support;

/** The request clashes with what already exists, such as a duplicate name or a transition the record forbids. */
public class ConflictingState extends HubException {

    public ConflictingState(String message) {
        super("conflict", message);
    }
}
