package org.cthub.api.legislation;

import java.util.List;
import java.util.UUID;
import org.cthub.integration.legislation.ReadingDrafts.VersionComparison;
import org.cthub.persistence.legislation.ArticleDiff;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The articles added, removed and changed from one version to another, matched by eId. */
@Schema(name = "DraftDiff", example = """
        {
          "draftId": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b",
          "from": 1,
          "to": 2,
          "added": [
            {
              "eId": "art_25",
              "num": "Article 25",
              "heading": "Recovery and reflection period",
              "text": "A presumed victim is granted a recovery and reflection period of at least 30 days."
            }
          ],
          "removed": [],
          "changed": [
            {
              "eId": "art_2",
              "num": "Article 2",
              "heading": "Definitions",
              "oldNum": "Article 2",
              "oldHeading": "Definitions",
              "oldText": "(1) Trafficking in human beings means ...",
              "newText": "(1) Trafficking in human beings means ... (3) A position of vulnerability means ..."
            }
          ],
          "addressed": [
            {
              "id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
              "version": 1,
              "eId": "art_2",
              "organisation": "c4d5e6f7-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
              "text": "Define 'position of vulnerability' as the Council of Europe Convention does.",
              "createdAt": "2026-11-09T15:20:00Z",
              "addressedInVersion": 2,
              "addressedNote": "Definition added in Article 2(3)."
            }
          ]
        }
        """)
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
