package org.cthub.integration.legislation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cthub.integration.legislation.WordDocuments.word;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.cthub.persistence.legislation.DocumentType;
import org.cthub.persistence.legislation.DraftArticle;
import org.cthub.persistence.legislation.DraftMetadata;
import org.cthub.persistence.support.RuleViolation;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class WordDraftTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final FileDraftMetadata BILL = FileDraftMetadata.of("md", "bill", "Law on Preventing Trafficking in Human Beings", "ron",
            "2026-11-01", "12", "2026-11-28", TODAY);

    static byte[] moldovanBill() {
        return word().text("Having regard to the Palermo Protocol,")
                .heading(1, "Chapter I General provisions")
                .text("This chapter sets out the basics.")
                .heading(2, "Article 1 Definitions")
                .text("For the purposes of this Law, trafficking means the recruitment of persons by force.")
                .text("A victim is any natural person subjected to trafficking.")
                .text("Article 2. Scope")
                .text("Article 2 of Law 45 is repealed; this Law applies to all forms of trafficking.")
                .heading(1, "Chapter II Assistance")
                .heading(2, "Section 1 Shelters")
                .text("Articolul 3 - Principles")
                .text("Assistance is not conditional on cooperation with the authorities.")
                .docx();
    }

    @Test
    void turnsHeadingsIntoChaptersAndSectionsAndArticleParagraphsIntoArticles() {
        WordDraft draft = WordDraft.read(moldovanBill(), BILL, TODAY);

        List<DraftArticle> articles = draft.draft().articles();
        assertThat(articles).extracting(DraftArticle::eId).containsExactly("art_1", "art_2", "art_3");
        assertThat(articles).extracting(DraftArticle::num).containsExactly("Article 1", "Article 2", "Articolul 3");
        assertThat(articles).extracting(DraftArticle::heading).containsExactly("Definitions", "Scope", "Principles");
        assertThat(articles.get(0).text()).isEqualTo("Article 1 Definitions For the purposes of this Law, trafficking means the "
                + "recruitment of persons by force. A victim is any natural person subjected to trafficking.");
        // "Article 2 of Law 45 ..." is body text, not a new article: the number is not followed by a separator
        assertThat(articles.get(1).text()).endsWith("Article 2 of Law 45 is repealed; this Law applies to all forms of trafficking.");

        Document akn = SecureXml.parse(draft.akomaNtoso());
        Element chapter1 = element(akn, "chapter", 0);
        assertThat(chapter1.getAttribute("eId")).isEqualTo("chp_1");
        assertThat(text(chapter1, "heading")).isEqualTo("Chapter I General provisions");
        assertThat(text(chapter1, "intro")).isEqualTo("This chapter sets out the basics.");
        Element section = element(akn, "section", 0);
        assertThat(section.getAttribute("eId")).isEqualTo("sec_1");
        assertThat(((Element) section.getParentNode()).getAttribute("eId")).isEqualTo("chp_2");
        assertThat(((Element) element(akn, "article", 2).getParentNode()).getAttribute("eId")).isEqualTo("sec_1");
        assertThat(text(akn.getDocumentElement(), "preamble")).isEqualTo("Having regard to the Palermo Protocol,");
    }

    @Test
    void theGeneratedAkomaNtosoIsSchemaValidAndCarriesTheFrbrMetadata() {
        WordDraft draft = WordDraft.read(moldovanBill(), BILL, TODAY);

        // read back by the same reader as a submitted document: secure parse and OASIS schema validation included
        AkomaNtosoDraft reread = ReadingAkomaNtoso.read(draft.akomaNtoso());
        DraftMetadata metadata = reread.metadata();
        assertThat(metadata.workUri()).isEqualTo("/akn/md/bill/2026-11-01/12");
        assertThat(metadata.expressionUri()).isEqualTo("/akn/md/bill/2026-11-01/12/ron@2026-11-28");
        assertThat(metadata.country()).isEqualTo("MD");
        assertThat(metadata.language()).isEqualTo("ron");
        assertThat(metadata.title()).isEqualTo("Law on Preventing Trafficking in Human Beings");
        assertThat(metadata.documentType()).isEqualTo(DocumentType.BILL);
        assertThat(metadata).isEqualTo(BILL.metadata());
        assertThat(reread.articles()).extracting(DraftArticle::eId, DraftArticle::text).containsExactlyElementsOf(
                draft.draft().articles().stream().map(a -> org.assertj.core.groups.Tuple.tuple(a.eId(), a.text())).toList());
    }

    @Test
    void aPlanOfActionIsADocNamedSoInItsMainBody() {
        FileDraftMetadata plan = FileDraftMetadata.of("MD", "plan-of-action", "National Plan of Action 2027-2030", "ron",
                "2026-11-01", "7", null, TODAY);
        WordDraft draft = WordDraft.read(word().heading(2, "Article 1 Objectives").text("Fewer victims.").docx(), plan, TODAY);

        assertThat(draft.draft().metadata().documentType()).isEqualTo(DocumentType.PLAN_OF_ACTION);
        assertThat(draft.draft().metadata().workUri()).isEqualTo("/akn/md/doc/planOfAction/2026-11-01/7");
        assertThat(draft.draft().metadata().expressionUri()).isEqualTo("/akn/md/doc/planOfAction/2026-11-01/7/ron@2026-11-28");
        String xml = new String(draft.akomaNtoso(), StandardCharsets.UTF_8);
        assertThat(xml).contains("<doc name=\"planOfAction\">").contains("<mainBody>");
    }

    @Test
    void anArticleOnlyWordDocumentAndOtherLanguagesWork() {
        byte[] docx = word().text("Član 1").text("Ovaj zakon uređuje suzbijanje trgovine ljudima.")
                .text("Art. 2: Definiții").text("Victimă înseamnă orice persoană fizică.")
                .text("Articolul 5bis.").text("Text   with\tblanks Word leaves in.").docx();
        List<DraftArticle> articles = WordDraft.read(docx, BILL, TODAY).draft().articles();

        assertThat(articles).extracting(DraftArticle::eId).containsExactly("art_1", "art_2", "art_5bis");
        assertThat(articles.get(1).heading()).isEqualTo("Definiții");
        assertThat(articles.get(2).text()).isEqualTo("Articolul 5bis Text with blanks Word leaves in.");
    }

    @Test
    void refusesAWordDocumentWithoutAnyArticle() {
        byte[] docx = word().heading(1, "Chapter I").text("Trafficking is a crime.").text("Article about nothing").docx();
        assertThatThrownBy(() -> WordDraft.read(docx, BILL, TODAY)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("has no article");
    }

    @Test
    void refusesTwoArticlesWithTheSameNumber() {
        byte[] docx = word().text("Article 1.").text("One.").text("Article 1.").text("Again.").docx();
        assertThatThrownBy(() -> WordDraft.read(docx, BILL, TODAY)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Two articles are numbered 1 (eId art_1)");
    }

    private static Element element(Document document, String name, int index) {
        return (Element) document.getElementsByTagNameNS(AknSchema.NAMESPACE, name).item(index);
    }

    private static String text(Element scope, String name) {
        return ReadingAkomaNtoso.normalised(scope.getElementsByTagNameNS(AknSchema.NAMESPACE, name).item(0).getTextContent());
    }
}
