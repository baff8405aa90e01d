package org.cthub.integration.legislation;

import org.cthub.persistence.legislation.LegislationDraft;

/** The outcome of a submission: the draft and the number of the version this submission became. */
public record DraftSubmitted(LegislationDraft draft, int versionNumber) {
}
