package org.cthub.api.legislation;

import java.util.List;
import java.util.UUID;
import org.cthub.persistence.legislation.ArticleDiff;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The articles added, removed and changed from one version to another, matched by eId. */
@Schema(name = "DraftDiff")
public record DiffView(UUID draftId, int from, int to, List<ArticleView> added, List<ArticleView> removed,
        List<ChangedArticleView> changed) {

    static DiffView of(UUID draftId, int from, int to, ArticleDiff diff) {
        return new DiffView(draftId, from, to, diff.added().stream().map(ArticleView::of).toList(),
                diff.removed().stream().map(ArticleView::of).toList(), diff.changed().stream().map(ChangedArticleView::of).toList());
    }
}
