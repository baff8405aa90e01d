package org.cthub.integration.legislation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.cthub.persistence.legislation.DocumentType;
import org.cthub.persistence.legislation.DraftArticle;
import org.cthub.persistence.legislation.DraftMetadata;
import org.cthub.persistence.support.RuleViolation;
import org.junit.jupiter.api.Test;

class ReadingAkomaNtosoTest {

    static String exampleBill() {
        try (InputStream in = ReadingAkomaNtosoTest.class.getResourceAsStream("/akn/example-bill.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static AkomaNtosoDraft read(String xml) {
        return ReadingAkomaNtoso.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheFrbrMetadataOfTheExampleBill() {
        DraftMetadata metadata = read(exampleBill()).metadata();
        assertThat(metadata.workUri()).isEqualTo("/akn/md/bill/2001-05-12/3");
        assertThat(metadata.expressionUri()).isEqualTo("/akn/md/bill/2001-05-12/3/eng@");
        assertThat(metadata.country()).isEqualTo("MD");
        assertThat(metadata.language()).isEqualTo("eng");
        assertThat(metadata.title()).isEqualTo("Preventing and Combating Trafficking in Human Beings");
        assertThat(metadata.documentType()).isEqualTo(DocumentType.BILL);
    }

    @Test
    void readsEachArticleWithItsNumHeadingAndNormalisedText() {
        DraftArticle article = read(exampleBill()).articles().get(0);
        assertThat(read(exampleBill()).articles()).hasSize(1);
        assertThat(article.eId()).isEqualTo("art_1");
        assertThat(article.num()).isEqualTo("Article 1");
        assertThat(article.heading()).isEqualTo("Definitions");
        assertThat(article.text()).isEqualTo("Article 1 Definitions (1) For the purposes of this Law, ...");
    }

    @Test
    void readsAPlanOfActionFromADocNamedSo() {
        String plan = exampleBill().replace("<bill name=\"bill\" contains=\"originalVersion\">", "<doc name=\"planOfAction\">")
                .replace("</bill>", "</doc>").replace("<body>", "<mainBody>").replace("</body>", "</mainBody>")
                .replace("<preamble>", "<!--").replace("</preamble>", "-->");
        assertThat(read(plan).metadata().documentType()).isEqualTo(DocumentType.PLAN_OF_ACTION);
    }

    @Test
    void refusesWellFormedXmlThatIsNotAkomaNtoso() {
        assertThatThrownBy(() -> read("<invoice xmlns=\"urn:example\"><total>3</total></invoice>"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Not an Akoma Ntoso 3.0 document");
    }

    @Test
    void refusesAkomaNtosoTheSchemaDoesNotAccept() {
        assertThatThrownBy(() -> read(exampleBill().replace("<preface>", "<preface><unknownThing/>")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("not valid Akoma Ntoso 3.0");
    }

    @Test
    void refusesArticlesWithoutEId() {
        assertThatThrownBy(() -> read(exampleBill().replace("<article eId=\"art_1\">", "<article>")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("has no eId");
    }

    @Test
    void refusesAnExternalSchemaLocation() {
        String located = exampleBill().replace("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">",
                "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                        + " xsi:schemaLocation=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0 http://attacker.example/akn.xsd\">");
        assertThatThrownBy(() -> read(located)).isInstanceOf(RuleViolation.class).hasMessageContaining("External schema references");
    }
}
