package org.cthub.api.legislation;

import org.cthub.persistence.legislation.DraftArticle;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article added or removed between two versions. */
@Schema(name = "DraftArticle")
public record ArticleView(@Schema(example = "art_2") String eId, @Schema(example = "Article 2") String num,
        String heading, @Schema(description = "The article's whole text, white space normalised") String text) {

    static ArticleView of(DraftArticle article) {
        return new ArticleView(article.eId(), article.num(), article.heading(), article.text());
    }
}
