package org.cthub.integration.legislation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cthub.integration.legislation.WordDocuments.rewritingDocumentXml;
import static org.cthub.integration.legislation.WordDocuments.word;
import static org.cthub.integration.legislation.WordDraftTest.BILL;
import static org.cthub.integration.legislation.WordDraftTest.TODAY;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.cthub.persistence.support.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every hostile or broken Word and PDF file is refused as the caller's mistake (422), naming why, never as an error of the hub. */
class HostileDraftFilesTest {

    private static final byte[] ONE_ARTICLE = word().text("Article 1. Definitions").text("A victim is a person.").docx();

    @Test
    void refusesBytesThatAreNoZipPackage() {
        assertRefused("an old binary .doc".getBytes(StandardCharsets.UTF_8), "Not a Word (.docx) document");
        assertRefused(new byte[0], "Not a Word (.docx) document");
    }

    @Test
    void refusesATruncatedDocx() {
        assertRefused(Arrays.copyOf(ONE_ARTICLE, ONE_ARTICLE.length / 2), "Not a readable Word (.docx) document");
    }

    @Test
    void refusesAZipThatIsNoWordDocument() {
        byte[] zip = rewritingDocumentXml(ONE_ARTICLE, xml -> "<notWord/>");
        assertRefused(zip, "Not a readable Word (.docx) document");
    }

    @Test
    void refusesAZipBombByItsInflateRatio() {
        // document.xml inflates to 60 MiB of blanks from a few dozen KiB: far beyond 100 times its compressed size
        String blanks = " ".repeat(60 * 1024 * 1024);
        byte[] bomb = rewritingDocumentXml(ONE_ARTICLE, xml -> xml.replace("<w:body>", "<w:body>" + "<!--" + blanks + "-->"));
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertRefused(bomb, "zip bomb: one of its parts inflates"); // POI's per-part guard: 60 MiB is under the total
    }

    @Test
    void refusesAPartLargerThanTheMaximumEntrySizeEvenWhenItCompressesModestly() {
        // 65 MiB of text with enough randomness to compress only about tenfold: the ratio passes, the size does not
        String text = modestlyCompressibleText(65 * 1024 * 1024);
        byte[] large = rewritingDocumentXml(ONE_ARTICLE, xml -> xml.replace("<w:body>", "<w:body><!--" + text + "-->"));
        assertRefused(large, "zip bomb: one of its parts inflates"); // POI's per-part guard: 65 MiB is under the total
    }

    @Test
    void refusesPartsThatInflateBeyondTheTotalTogetherThoughEachPassesAlone() {
        byte[] part = modestlyCompressibleText(48 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        byte[] many = ONE_ARTICLE;
        for (int i = 1; i <= 3; i++) {
            many = WordDocuments.withPart(many, "word/media/part" + i + ".xml", part);
        }
        assertRefused(many, "more than 128 MiB together");
    }

    @Test
    void poiRefusesAnExternalEntityInDocumentXmlAndNeverReadsTheFile(@TempDir Path folder) throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "CANARY-5f1c-not-for-the-hub");
        String doctype = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        byte[] xxe = rewritingDocumentXml(ONE_ARTICLE, xml -> xml.replaceFirst("(<\\?xml[^>]*\\?>)?", "$1" + doctype)
                .replace("A victim is a person.", "&xxe;"));
        assertThat(new String(xxe, StandardCharsets.ISO_8859_1)).doesNotContain("CANARY"); // deflated: check the refusal instead
        assertThatThrownBy(() -> WordDraft.read(xxe, BILL, TODAY)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("DOCTYPE").hasMessageNotContaining("CANARY");
    }

    @Test
    void refusesAnEntityExpansionInDocumentXml() {
        String doctype = "<!DOCTYPE w:document [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>";
        byte[] lolz = rewritingDocumentXml(ONE_ARTICLE, xml -> xml.replaceFirst("(<\\?xml[^>]*\\?>)?", "$1" + doctype)
                .replace("A victim is a person.", "&lol2;"));
        assertRefused(lolz, "DOCTYPE");
    }

    @Test
    void refusesAPdfWithoutItsSignature() {
        assertThatThrownBy(() -> ReadingPdf.check("<html>not a pdf</html>".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Not a PDF document");
        assertThatThrownBy(() -> ReadingPdf.check(new byte[] {'%', 'P'})).isInstanceOf(RuleViolation.class);
        ReadingPdf.check("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String modestlyCompressibleText(int length) {
        Random random = new Random(5);
        StringBuilder text = new StringBuilder(length + 16);
        while (text.length() < length) {
            text.append("trafficking ").append((char) ('a' + random.nextInt(26))).append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private static void assertRefused(byte[] docx, String detail) {
        assertThatThrownBy(() -> WordDraft.read(docx, BILL, TODAY)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining(detail);
    }
}
