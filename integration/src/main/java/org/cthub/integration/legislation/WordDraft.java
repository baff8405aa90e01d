package org.cthub.integration.legislation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cthub.persistence.support.RuleViolation;

/**
 * A Word draft turned into Akoma Ntoso: the generated document and what the hub reads from it. The generated
 * document goes through the same reader as a submitted one (schema validation, articles by eId), so Word
 * and Akoma Ntoso versions of a work compare article by article.
 */
public record WordDraft(byte[] akomaNtoso, AkomaNtosoDraft draft) {

    public static WordDraft read(byte[] docx, FileDraftMetadata metadata, LocalDate today) {
        List<WordBlock> blocks = ReadingWord.read(docx);
        if (blocks.stream().noneMatch(block -> block.article() != null)) {
            throw new RuleViolation(SecureXml.FIELD, "The Word document has no article: start each article with a paragraph "
                    + "(Heading 2 or any heading style, or body text) reading \"Article N\" (or Articolul N, Član N), followed "
                    + "in body text by nothing or a separator such as \"Article 3. Scope\".");
        }
        refuseRepeatedArticles(blocks);
        byte[] akomaNtoso = WritingAkomaNtoso.write(metadata, blocks, today);
        return new WordDraft(akomaNtoso, ReadingAkomaNtoso.read(akomaNtoso));
    }

    private static void refuseRepeatedArticles(List<WordBlock> blocks) {
        Set<String> seen = new HashSet<>();
        blocks.stream().map(WordBlock::article).filter(Objects::nonNull).forEach(article -> {
            if (!seen.add(article.eId())) {
                throw new RuleViolation(SecureXml.FIELD, "Two articles are numbered " + article.eId().substring("art_".length())
                        + " (eId " + article.eId() + "): versions are compared article by article, so each number may start "
                        + "only one article.");
            }
        });
    }
}
