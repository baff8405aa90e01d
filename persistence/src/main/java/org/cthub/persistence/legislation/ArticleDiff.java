package org.cthub.persistence.legislation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two versions, article by article, matched by eId: added (only in the newer), removed
 * (only in the older), changed (in both, normalised text differs). Articles whose text is equal are left out.
 */
public record ArticleDiff(List<DraftArticle> added, List<DraftArticle> removed, List<Change> changed) {

    /** One article in both versions whose text differs. */
    public record Change(DraftArticle before, DraftArticle after) {
    }

    public static ArticleDiff between(List<DraftArticle> from, List<DraftArticle> to) {
        Map<String, DraftArticle> before = byEId(from);
        Map<String, DraftArticle> after = byEId(to);
        List<DraftArticle> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        after.forEach((eId, article) -> {
            DraftArticle old = before.get(eId);
            if (old == null) {
                added.add(article);
            } else if (!old.text().equals(article.text())) {
                changed.add(new Change(old, article));
            }
        });
        List<DraftArticle> removed = before.values().stream().filter(a -> !after.containsKey(a.eId())).toList();
        return new ArticleDiff(List.copyOf(added), removed, List.copyOf(changed));
    }

    private static Map<String, DraftArticle> byEId(List<DraftArticle> articles) {
        Map<String, DraftArticle> map = new LinkedHashMap<>();
        articles.forEach(a -> map.put(a.eId(), a));
        return map;
    }
}
