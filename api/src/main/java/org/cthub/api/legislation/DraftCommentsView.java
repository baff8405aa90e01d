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
@Schema(name = "LegislationComments")
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
