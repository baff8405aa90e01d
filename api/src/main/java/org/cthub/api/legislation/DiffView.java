package org.cthub.api.legislation;

import java.util.List;
import java.util.UUID;
import org.cthub.integration.legislation.ReadingDrafts.VersionComparison;
import org.cthub.persistence.legislation.ArticleDiff;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The articles added, removed and changed from one version to another, matched by eId. */
@Schema(name = "DraftDiff")
public record DiffView(UUID draftId, int from, int to, List<ArticleView> added, List<ArticleView> removed,
        List<ChangedArticleView> changed,
        @Schema(description = "Comments the submitter marked addressed in a version after the older one, up to the newer one")
        List<CommentView> addressed) {

    static DiffView of(UUID draftId, int from, int to, VersionComparison comparison) {
        ArticleDiff diff = comparison.articles();
        return new DiffView(draftId, from, to, diff.added().stream().map(ArticleView::of).toList(),
                diff.removed().stream().map(ArticleView::of).toList(), diff.changed().stream().map(ChangedArticleView::of).toList(),
                comparison.addressed().stream().map(CommentView::of).toList());
    }
}
