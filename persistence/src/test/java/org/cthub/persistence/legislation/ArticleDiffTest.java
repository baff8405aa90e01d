package org.cthub.persistence.legislation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleDiffTest {

    private static DraftArticle article(String eId, String text) {
        return new DraftArticle(eId, "Article " + eId, "Heading " + eId, text);
    }

    @Test
    void namesAddedRemovedAndChangedArticlesByEId() {
        List<DraftArticle> from = List.of(article("art_1", "one"), article("art_2", "two"), article("art_3", "three"));
        List<DraftArticle> to = List.of(article("art_1", "one, amended"), article("art_3", "three"), article("art_4", "four"));
        ArticleDiff diff = ArticleDiff.between(from, to);
        assertThat(diff.added()).extracting(DraftArticle::eId).containsExactly("art_4");
        assertThat(diff.removed()).extracting(DraftArticle::eId).containsExactly("art_2");
        assertThat(diff.changed()).singleElement().satisfies(change -> {
            assertThat(change.before().text()).isEqualTo("one");
            assertThat(change.after().text()).isEqualTo("one, amended");
        });
    }

    @Test
    void findsNothingBetweenEqualVersions() {
        List<DraftArticle> same = List.of(article("art_1", "one"));
        ArticleDiff diff = ArticleDiff.between(same, same);
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).isEmpty();
    }
}
