package org.cthub.api.legislation;

import org.cthub.persistence.legislation.ArticleDiff;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article in both versions whose normalised text differs: number and heading as they are now and were. */
@Schema(name = "ChangedDraftArticle")
public record ChangedArticleView(@Schema(example = "art_1") String eId, String num, String heading,
        String oldNum, String oldHeading, String oldText, String newText) {

    static ChangedArticleView of(ArticleDiff.Change change) {
        return new ChangedArticleView(change.after().eId(), change.after().num(), change.after().heading(),
                change.before().num(), change.before().heading(), change.before().text(), change.after().text());
    }
}
