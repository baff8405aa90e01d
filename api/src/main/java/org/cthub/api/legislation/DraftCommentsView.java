package org.cthub.api.legislation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cthub.integration.legislation.DraftReview;
import org.cthub.persistence.legislation.DraftArticle;
import org.cthub.persistence.legislation.DraftComment;
import org.cthub.persistence.legislation.DraftVersion;
import org.cthub.persistence.legislation.LegislationDraft;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every comment on a draft, grouped: comments on the whole document, then the articles in the order of the
 * latest version (articles removed since come last), each with its comments; and the opinions.
 */
@Schema(name = "LegislationComments", example = """
        {
          "draftId": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b",
          "title": "Law on Preventing and Combating Trafficking in Human Beings (amendments)",
          "workUri": "/akn/md/bill/2026-11-01/12",
          "status": "revised",
          "latestVersion": 2,
          "general": [],
          "articles": [
            {
              "eId": "art_2",
              "num": "Article 2",
              "heading": "Definitions",
              "inLatestVersion": true,
              "comments": [
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
          ],
          "opinions": [
            {
              "version": 2,
              "organisation": "c4d5e6f7-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
              "opinion": "favourable-with-changes",
              "summary": "The revised draft meets the Convention's standards once Article 25 grants the recovery and reflection period to every presumed victim.",
              "givenAt": "2026-11-25T10:00:00Z"
            }
          ]
        }
        """)
public record DraftCommentsView(UUID draftId, String title, String workUri,
        @Schema(enumeration = {"draft", "under-review", "commented", "revised", "adopted", "withdrawn"}) String status,
        int latestVersion,
        @Schema(description = "Comments on the whole document, oldest first") List<CommentView> general,
        @Schema(description = "Articles with comments, in the order of the latest version") List<ArticleComments> articles,
        @Schema(description = "Overall opinions, by version") List<OpinionView> opinions) {

    /** The comments on one article. */
    @Schema(name = "LegislationArticleComments")
    public record ArticleComments(String eId,
            @Schema(description = "The article's number and heading in the latest version that has it") String num, String heading,
            @Schema(description = "Whether the latest version still has this article") boolean inLatestVersion,
            List<CommentView> comments) {
    }

    static DraftCommentsView of(DraftReview review) {
        LegislationDraft draft = review.draft();
        Map<String, List<CommentView>> byArticle = new LinkedHashMap<>();
        List<CommentView> general = new ArrayList<>();
        for (DraftComment comment : review.comments()) {
            (comment.eId() == null ? general : byArticle.computeIfAbsent(comment.eId(), eId -> new ArrayList<>())).add(CommentView.of(comment));
        }
        List<DraftArticle> latest = draft.version(draft.latestVersion()).articles();
        List<ArticleComments> articles = new ArrayList<>();
        for (DraftArticle article : latest) {
            List<CommentView> comments = byArticle.remove(article.eId());
            if (comments != null) {
                articles.add(new ArticleComments(article.eId(), article.num(), article.heading(), true, comments));
            }
        }
        byArticle.forEach((eId, comments) -> {
            DraftArticle last = lastWith(draft, eId);
            articles.add(new ArticleComments(eId, last == null ? null : last.num(), last == null ? null : last.heading(), false, comments));
        });
        return new DraftCommentsView(draft.id(), draft.title(), draft.workUri(), Codes.of(draft.status()), draft.latestVersion(),
                general, articles, review.opinions().stream().map(OpinionView::of).toList());
    }

    private static DraftArticle lastWith(LegislationDraft draft, String eId) {
        List<DraftVersion> versions = draft.versions();
        for (int i = versions.size() - 1; i >= 0; i--) {
            for (DraftArticle article : versions.get(i).articles()) {
                if (article.eId().equals(eId)) {
                    return article;
                }
            }
        }
        return null;
    }
}
