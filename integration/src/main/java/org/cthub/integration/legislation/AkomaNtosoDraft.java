package org.cthub.integration.legislation;

import java.util.List;
import org.cthub.persistence.legislation.DraftArticle;
import org.cthub.persistence.legislation.DraftMetadata;

/** A submitted document as the hub understands it: its metadata and its articles in document order. */
public record AkomaNtosoDraft(DraftMetadata metadata, List<DraftArticle> articles) {

    public AkomaNtosoDraft {
        articles = List.copyOf(articles);
    }
}
