package org.cthub.persistence.legislation;

/**
 * Where a draft stands: {@code DRAFT} until the submitter asks for review; {@code UNDER_REVIEW} once asked;
 * {@code COMMENTED} once a reviewer commented or gave an opinion; {@code REVISED} when a new version arrives
 * after review began (a comment on it makes it {@code COMMENTED} again, a new request {@code UNDER_REVIEW});
 * {@code ADOPTED} or {@code WITHDRAWN} at the end, after which nothing changes.
 */
public enum DraftStatus {
    DRAFT,
    UNDER_REVIEW,
    COMMENTED,
    REVISED,
    ADOPTED,
    WITHDRAWN;

    public boolean isFinal() {
        return this == ADOPTED || this == WITHDRAWN;
    }

    /** Whether reviewers may comment and give opinions: review was asked for and the draft is not closed. */
    public boolean openForComments() {
        return this == UNDER_REVIEW || this == COMMENTED || this == REVISED;
    }
}
