package org.cthub.persistence.legislation;

/**
 * Where a draft stands. Only {@code DRAFT} exists in this first slice: the review states of the issue
 * (under review, commented, revised, adopted, withdrawn) come with the review requests.
 */
public enum DraftStatus {
    DRAFT
}
