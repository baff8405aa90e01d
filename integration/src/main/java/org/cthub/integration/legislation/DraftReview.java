package org.cthub.integration.legislation;

import java.util.List;
import org.cthub.persistence.legislation.DraftComment;
import org.cthub.persistence.legislation.DraftOpinion;
import org.cthub.persistence.legislation.LegislationDraft;

/** A draft with every comment and opinion on it, as read together for the consolidated view. */
public record DraftReview(LegislationDraft draft, List<DraftComment> comments, List<DraftOpinion> opinions) {
}
