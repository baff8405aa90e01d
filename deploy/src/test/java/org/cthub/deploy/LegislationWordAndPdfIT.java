package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cthub.deploy.support.WordDocuments.DOCX;
import static org.cthub.deploy.support.WordDocuments.PDF;
import static org.cthub.deploy.support.WordDocuments.word;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cthub.deploy.support.AknDocuments;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.cthub.deploy.support.WordDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Draft legislation in Word and PDF over HTTP on PostgreSQL: Word versions of a work are diffed article by
 * article, a PDF comes back byte for byte, an Akoma Ntoso and a Word version of one work are one draft, and
 * every hostile or broken file is refused with a problem naming why, storing nothing.
 */
@ExtendWith(HubExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LegislationWordAndPdfIT {

    private static final String BILL_12 = "country=MD&documentType=bill&title=Law on Preventing Trafficking in Human Beings"
            + "&language=ron&date=2026-11-01&number=12";

    private Hub hub;
    private Directory directory;

    @BeforeAll
    void setUp(Hub hub) {
        this.hub = hub;
        this.directory = new Directory(hub);
    }

    /** A government partner of its own, so each test's drafts are its own. */
    private String government() {
        return directory.token(directory.activeOrganisation("government", "MD"), "partner");
    }

    private Response submit(String token, String contentType, byte[] body, String query) {
        return hub.as(token).contentType(contentType).body(body).post("/legislation/drafts" + (query.isEmpty() ? "" : "?" + query));
    }

    @Test
    void wordVersionsOfAWorkAreDiffedArticleByArticle() {
        String token = government();
        byte[] first = word().heading(1, "Chapter I General provisions")
                .heading(2, "Article 1 Definitions").text("A victim is any natural person subjected to trafficking.")
                .heading(2, "Article 2 Scope").text("This Law applies to trafficking for sexual exploitation.")
                .docx();
        JsonPath v1 = submit(token, DOCX, first, BILL_12 + "&expressionDate=2026-11-20").then().statusCode(201).extract().jsonPath();
        String draft = v1.getString("draft.id");
        assertThat(v1.getString("draft.workUri")).isEqualTo("/akn/md/bill/2026-11-01/12");
        assertThat(v1.getString("draft.versions[0].expressionUri")).isEqualTo("/akn/md/bill/2026-11-01/12/ron@2026-11-20");
        assertThat(v1.getString("draft.versions[0].format")).isEqualTo("docx");
        assertThat(v1.getInt("draft.versions[0].articles")).isEqualTo(2);
        assertThat(v1.getString("draft.country")).isEqualTo("MD");
        assertThat(v1.getString("draft.language")).isEqualTo("ron");

        byte[] second = word().heading(1, "Chapter I General provisions")
                .heading(2, "Article 1 Definitions").text("A victim is any natural person subjected to trafficking.")
                .heading(2, "Article 2 Scope").text("This Law applies to all forms of trafficking, national or transnational.")
                .text("Article 3. Non-punishment").text("Victims are not punished for offences they were compelled to commit.")
                .docx();
        JsonPath v2 = submit(token, DOCX, second, BILL_12 + "&expressionDate=2026-11-28").then().statusCode(201).extract().jsonPath();
        assertThat(v2.getString("draft.id")).isEqualTo(draft);
        assertThat(v2.getInt("version")).isEqualTo(2);

        JsonPath diff = hub.as(token).get("/legislation/drafts/" + draft + "/diff?from=1&to=2").then().statusCode(200).extract().jsonPath();
        assertThat(diff.getList("changed.eId")).containsExactly("art_2");
        assertThat(diff.getString("changed[0].newText")).endsWith("all forms of trafficking, national or transnational.");
        assertThat(diff.getList("added.eId")).containsExactly("art_3");
        assertThat(diff.getString("added[0].heading")).isEqualTo("Non-punishment");
        assertThat(diff.getList("removed")).isEmpty();

        Response original = hub.as(token).get("/legislation/drafts/" + draft + "/versions/1");
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.contentType()).isEqualTo(DOCX);
        assertThat(original.header("Content-Disposition")).isEqualTo("attachment; filename=\"draft-1.docx\"");
        assertThat(original.asByteArray()).isEqualTo(first);

        Response akn = hub.as(token).get("/legislation/drafts/" + draft + "/versions/2/akn");
        assertThat(akn.statusCode()).isEqualTo(200);
        assertThat(akn.contentType()).startsWith("application/akn+xml");
        assertThat(akn.asString()).contains("<FRBRuri value=\"/akn/md/bill/2026-11-01/12/ron@2026-11-28\"/>")
                .contains("<article eId=\"art_3\">").contains("<chapter eId=\"chp_1\">");
        // the hub-generated Akoma Ntoso is accepted back as a submission of its own (a later expression)
        String resubmitted = akn.asString().replace("ron@2026-11-28", "ron@2026-12-01");
        assertThat(submit(token, "application/akn+xml", resubmitted.getBytes(StandardCharsets.UTF_8), "").then().statusCode(201)
                .extract().jsonPath().getInt("version")).isEqualTo(3);

        List<String> audited = hub.asAdmin().get("/audit?targetType=legislation-draft&targetId=" + draft + "&size=100")
                .then().statusCode(200).extract().jsonPath().getList("items.action");
        assertThat(audited).contains("legislation.draft-submitted", "legislation.version-submitted", "legislation.version-read",
                "legislation.diff-read");
    }

    @Test
    void aPdfIsKeptByteForByteAndHasNoArticlesToCompare() {
        String token = government();
        String word = "country=MD&documentType=plan-of-action&title=National Plan of Action&language=ron&date=2026-10-01&number=NPA-7";
        String draft = submit(token, DOCX, word().text("Article 1.").text("Fewer victims.").docx(), word + "&expressionDate=2026-10-02")
                .then().statusCode(201).extract().path("draft.id");
        byte[] pdf = WordDocuments.pdf("national plan, as adopted by the working group");
        JsonPath v2 = submit(token, PDF, pdf, word + "&expressionDate=2026-10-15").then().statusCode(201).extract().jsonPath();
        assertThat(v2.getString("draft.id")).isEqualTo(draft);
        assertThat(v2.getString("draft.workUri")).isEqualTo("/akn/md/doc/planOfAction/2026-10-01/NPA-7");
        assertThat(v2.getString("draft.documentType")).isEqualTo("plan-of-action");
        assertThat(v2.getString("draft.versions[1].format")).isEqualTo("pdf");
        assertThat(v2.getInt("draft.versions[1].articles")).isZero();
        assertThat(v2.getInt("draft.versions[1].bytes")).isEqualTo(pdf.length);

        Response download = hub.as(token).get("/legislation/drafts/" + draft + "/versions/2");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo(PDF);
        assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"draft-2.pdf\"");
        assertThat(download.asByteArray()).isEqualTo(pdf);
        assertThat(hub.asAdmin().get("/legislation/drafts/" + draft + "/versions/2").asByteArray()).isEqualTo(pdf);

        Response diff = hub.as(token).get("/legislation/drafts/" + draft + "/diff?from=1&to=2");
        assertThat(diff.statusCode()).isEqualTo(422);
        assertThat(diff.contentType()).startsWith("application/problem+json");
        assertThat(diff.jsonPath().getString("detail")).contains("Version 2 was submitted as PDF and has no articles to compare")
                .contains("Akoma Ntoso or Word");
        Response akn = hub.as(token).get("/legislation/drafts/" + draft + "/versions/2/akn");
        assertThat(akn.statusCode()).isEqualTo(422);
        assertThat(akn.jsonPath().getString("detail")).contains("submitted as PDF and has no Akoma Ntoso");
        assertThat(hub.as(government()).get("/legislation/drafts/" + draft + "/versions/2").statusCode()).isEqualTo(404);
    }

    @Test
    void anAkomaNtosoVersionAndAWordVersionOfOneWorkAreOneDraft() {
        String token = government();
        JsonPath v1 = submit(token, "application/akn+xml", AknDocuments.exampleBillText().getBytes(StandardCharsets.UTF_8), "")
                .then().statusCode(201).extract().jsonPath();
        // the example bill is /akn/md/bill/2001-05-12/3 in English; its next version comes from Word
        byte[] word = word().heading(1, "Chapter I General provisions")
                .heading(2, "Article 1 Definitions").text("(1) For the purposes of this Law, ...")
                .heading(2, "Article 2 Scope").text("This Law applies to all forms of trafficking.")
                .docx();
        JsonPath v2 = submit(token, DOCX, word, "country=md&documentType=bill&title=Preventing and Combating Trafficking in Human Beings"
                + "&language=eng&date=2001-05-12&number=3&expressionDate=2001-08-01").then().statusCode(201).extract().jsonPath();
        String draft = v1.getString("draft.id");
        assertThat(v2.getString("draft.id")).isEqualTo(draft);
        assertThat(v2.getInt("version")).isEqualTo(2);
        assertThat(v2.getList("draft.versions.format")).containsExactly("akn", "docx");

        JsonPath diff = hub.as(token).get("/legislation/drafts/" + draft + "/diff?from=1&to=2").then().statusCode(200).extract().jsonPath();
        assertThat(diff.getList("added.eId")).containsExactly("art_2");
        assertThat(diff.getList("changed")).as("article 1 reads the same in both formats").isEmpty();
        assertThat(diff.getList("removed")).isEmpty();

        Response akn = hub.as(token).get("/legislation/drafts/" + draft + "/versions/1/akn");
        assertThat(akn.asByteArray()).isEqualTo(AknDocuments.exampleBillText().getBytes(StandardCharsets.UTF_8));
        Response original = hub.as(token).get("/legislation/drafts/" + draft + "/versions/1");
        assertThat(original.header("Content-Disposition")).isEqualTo("attachment; filename=\"draft-1.xml\"");
        assertThat(hub.process().log()).as("POI's log4j-api finds WildFly's logging").doesNotContain("could not find a logging provider");
    }

    @Test
    void refusesHostileAndBrokenFilesNamingTheProblemAndStoresNothing() {
        String token = government();
        byte[] docx = word().text("Article 1.").text("A victim is a person.").docx();
        String blanks = " ".repeat(60 * 1024 * 1024);
        Map<String, Object[]> refused = new LinkedHashMap<>();
        refused.put("not a zip", new Object[] {DOCX, "{\"title\": \"a law\"}".getBytes(StandardCharsets.UTF_8), BILL_12, 422, "Not a Word (.docx) document"});
        refused.put("truncated .docx", new Object[] {DOCX, Arrays.copyOf(docx, docx.length / 2), BILL_12, 422, "Not a readable Word (.docx) document"});
        refused.put("zip bomb", new Object[] {DOCX, WordDocuments.rewritingDocumentXml(docx,
                xml -> xml.replace("<w:body>", "<w:body><!--" + blanks + "-->")), BILL_12, 422, "zip bomb"});
        refused.put("XXE in document.xml", new Object[] {DOCX, WordDocuments.rewritingDocumentXml(docx,
                xml -> xml.replaceFirst("(<\\?xml[^>]*\\?>)?", "$1<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                        .replace("A victim is a person.", "&xxe;")), BILL_12, 422, "DOCTYPE"});
        refused.put(".docx without any article", new Object[] {DOCX, word().heading(1, "Chapter I").text("Trafficking is a crime.").docx(),
                BILL_12, 422, "has no article"});
        refused.put("PDF without %PDF-", new Object[] {PDF, "<html>a law</html>".getBytes(StandardCharsets.UTF_8), BILL_12, 422, "Not a PDF document"});
        refused.put("empty Word body", new Object[] {DOCX, new byte[0], BILL_12, 422, "The body is empty"});
        refused.put("empty PDF body", new Object[] {PDF, new byte[0], BILL_12, 422, "The body is empty"});
        refused.put("Word without country", new Object[] {DOCX, docx, BILL_12.replace("country=MD&", ""), 422, "country is required"});
        refused.put("PDF with a malformed date", new Object[] {PDF, WordDocuments.pdf("x"), BILL_12.replace("2026-11-01", "1 Nov 2026"), 422,
                "date must be a date"});
        refused.put("unknown documentType", new Object[] {DOCX, docx, BILL_12.replace("=bill", "=decree"), 422, "documentType 'decree' is not known"});
        refused.put("Akoma Ntoso with Word parameters", new Object[] {"application/akn+xml",
                AknDocuments.freshRevisionText().getBytes(StandardCharsets.UTF_8), "language=ron", 422, "for Word and PDF drafts only"});
        refused.put("oversized .docx", new Object[] {DOCX, new byte[6 * 1024 * 1024], BILL_12, 413, "larger than the hub accepts"});
        refused.put("unsupported Content-Type", new Object[] {"application/msword", docx, BILL_12, 415, "media type"});
        refused.forEach((what, c) -> {
            Response response = submit(token, (String) c[0], (byte[]) c[1], (String) c[2]);
            assertThat(response.statusCode()).as(what + ": " + response.asString()).isEqualTo(c[3]);
            assertThat(response.contentType()).as(what).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("detail")).as(what).contains((String) c[4]);
            assertThat(response.asString()).as(what).doesNotContain("root:");
        });
        Response missing = submit(token, DOCX, docx, BILL_12.replace("&number=12", ""));
        assertThat(missing.jsonPath().getList("errors.field")).containsExactly("number");
        assertThat(hub.as(token).get("/legislation/drafts").then().statusCode(200).extract().jsonPath().getList("items")).isEmpty();
    }

    @Test
    void theContractDocumentsTheParametersAndTheThreeMediaTypes() {
        JsonPath openapi = hub.anonymous().get("/openapi?format=JSON").then().statusCode(200).extract().jsonPath();
        Map<String, Object> submit = openapi.getMap("paths.'/legislation/drafts'.post");
        assertThat(((List<Map<String, Object>>) submit.get("parameters")).stream().map(p -> p.get("name")))
                .containsExactlyInAnyOrder("country", "documentType", "title", "language", "date", "number", "expressionDate");
        assertThat(openapi.getMap("paths.'/legislation/drafts'.post.requestBody.content"))
                .containsKeys("application/akn+xml", "application/xml", DOCX, PDF);
        assertThat(openapi.getMap("paths.'/legislation/drafts/{draftId}/versions/{number}'.get.responses.'200'.content"))
                .containsOnlyKeys("application/akn+xml", DOCX, PDF);
        assertThat(openapi.getMap("paths.'/legislation/drafts/{draftId}/versions/{number}/akn'.get.responses"))
                .containsKeys("200", "404", "422");
    }
}
