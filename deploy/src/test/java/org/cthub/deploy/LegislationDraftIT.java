package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cthub.deploy.support.AknDocuments;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Draft legislation over HTTP on PostgreSQL: Moldova's government submits the OASIS example bill, then
 * revised versions of it, and the diff shows exactly the articles that changed; hostile and malformed
 * documents are refused with a problem naming why; another partner cannot tell the draft exists.
 */
@ExtendWith(HubExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LegislationDraftIT {

    private static final String AKN = "application/akn+xml";

    private Hub hub;
    private String moldova;
    private String moldovaToken;
    private String otherToken;
    private String ministryToken;

    @BeforeAll
    void setUp(Hub hub) {
        this.hub = hub;
        Directory directory = new Directory(hub);
        moldova = directory.activeOrganisation("government", "MD");
        moldovaToken = directory.token(moldova, "partner");
        otherToken = directory.token(directory.activeOrganisation("ngo", "MD"), "partner");
        // a second government body, so its draft of the same work does not become a version of the first test's
        ministryToken = directory.token(directory.activeOrganisation("government", "MD"), "partner");
    }

    private Response submit(String token, String contentType, String body) {
        return hub.as(token).contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8)).post("/legislation/drafts");
    }

    @Test
    void versionsTheBillAndDiffsItArticleByArticle() {
        String first = AknDocuments.exampleBillText();
        JsonPath v1 = submit(moldovaToken, AKN, first).then().statusCode(201).extract().jsonPath();
        String draft = v1.getString("draft.id");
        assertThat(v1.getInt("version")).isEqualTo(1);
        assertThat(v1.getString("draft.workUri")).isEqualTo("/akn/md/bill/2001-05-12/3");
        assertThat(v1.getString("draft.country")).isEqualTo("MD");
        assertThat(v1.getString("draft.language")).isEqualTo("eng");
        assertThat(v1.getString("draft.documentType")).isEqualTo("bill");
        assertThat(v1.getString("draft.status")).isEqualTo("draft");
        assertThat(v1.getString("draft.organisation")).isEqualTo(moldova);
        assertThat(v1.getString("draft.title")).isEqualTo("Preventing and Combating Trafficking in Human Beings");

        String second = AknDocuments.exampleBill().asExpression("2001-06-01")
                .withArticle("art_2", "Article 2", "Scope", "This Law applies to all forms of trafficking.")
                .withArticle("art_3", "Article 3", "Principles", "Assistance is not conditional on cooperation.").xml();
        Response v2 = hub.as(moldovaToken).contentType("application/xml").body(second).post("/legislation/drafts");
        assertThat(v2.statusCode()).as(v2.asString()).isEqualTo(201);
        assertThat(v2.jsonPath().getInt("version")).isEqualTo(2);
        assertThat(v2.jsonPath().getString("draft.id")).isEqualTo(draft);
        assertThat(v2.header("Location")).endsWith("/legislation/drafts/" + draft + "/versions/2");

        String third = AknDocuments.exampleBill().asExpression("2001-07-01")
                .rewording("art_1", "For the purposes of this Law, a victim is any natural person subjected to trafficking.")
                .withArticle("art_3", "Article 3", "Principles", "Assistance is not conditional on cooperation.")
                .withArticle("art_4", "Article 4", "Non-punishment", "Victims are not punished for offences they were compelled to commit.")
                .xml();
        assertThat(submit(moldovaToken, AKN, third).then().statusCode(201).extract().jsonPath().getInt("version")).isEqualTo(3);
        // bad input: the same expression again is no revision; nothing is stored
        submit(moldovaToken, AKN, third).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already is the expression"));

        JsonPath diff = hub.as(moldovaToken).get("/legislation/drafts/" + draft + "/diff?from=2&to=3").then().statusCode(200)
                .extract().jsonPath();
        assertThat(diff.getList("added.eId")).containsExactly("art_4");
        assertThat(diff.getString("added[0].heading")).isEqualTo("Non-punishment");
        assertThat(diff.getList("removed.eId")).containsExactly("art_2");
        assertThat(diff.getString("removed[0].num")).isEqualTo("Article 2");
        assertThat(diff.getList("changed.eId")).containsExactly("art_1");
        assertThat(diff.getString("changed[0].heading")).isEqualTo("Definitions");
        assertThat(diff.getString("changed[0].oldText")).endsWith("For the purposes of this Law, ...");
        assertThat(diff.getString("changed[0].newText")).endsWith("a victim is any natural person subjected to trafficking.");
        assertThat(hub.as(moldovaToken).get("/legislation/drafts/" + draft + "/diff?from=1&to=2").then().statusCode(200)
                .extract().jsonPath().getList("added.eId")).containsExactly("art_2", "art_3");

        JsonPath read = hub.as(moldovaToken).get("/legislation/drafts/" + draft).then().statusCode(200).extract().jsonPath();
        assertThat(read.getInt("latestVersion")).isEqualTo(3);
        assertThat(read.getList("versions.number")).containsExactly(1, 2, 3);
        assertThat(read.getString("versions[2].expressionUri")).isEqualTo("/akn/md/bill/2001-05-12/3/eng@2001-07-01");
        Response original = hub.as(moldovaToken).get("/legislation/drafts/" + draft + "/versions/1");
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.contentType()).startsWith(AKN);
        assertThat(original.asByteArray()).isEqualTo(first.getBytes(StandardCharsets.UTF_8));
        assertThat(hub.as(moldovaToken).get("/legislation/drafts?size=100").then().statusCode(200).extract().jsonPath()
                .getList("items.id")).contains(draft);
        assertThat(hub.asAdmin().get("/legislation/drafts/" + draft).then().statusCode(200).extract().jsonPath()
                .getInt("latestVersion")).isEqualTo(3);

        List<String> audited = hub.asAdmin().get("/audit?targetType=legislation-draft&targetId=" + draft + "&size=100")
                .then().statusCode(200).extract().jsonPath().getList("items.action");
        assertThat(audited).contains("legislation.draft-submitted", "legislation.version-submitted", "legislation.diff-read",
                "legislation.draft-read", "legislation.version-read");
    }

    @Test
    void anotherPartnerCannotTellTheDraftExists() {
        String draft = submit(ministryToken, AKN, AknDocuments.exampleBill().asExpression("other").xml())
                .then().statusCode(201).extract().path("draft.id");
        for (String path : List.of("", "/versions/1", "/diff?from=1&to=1")) {
            Response response = hub.as(otherToken).get("/legislation/drafts/" + draft + path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(hub.as(otherToken).get("/legislation/drafts?size=100").then().statusCode(200).extract().jsonPath()
                .getList("items.id")).doesNotContain(draft);
        assertThat(hub.as(ministryToken).get("/legislation/drafts/" + draft + "/versions/9").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesBadDocumentsNamingTheProblem() {
        String bill = AknDocuments.exampleBillText();
        String xmlns = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">";
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("not XML", "{\"title\": \"a law\"}");
        refused.put("valid XML but not Akoma Ntoso", "<?xml version=\"1.0\"?><invoice xmlns=\"urn:example:invoice\"><total>3</total></invoice>");
        refused.put("Akoma Ntoso the schema refuses", bill.replace("<preface>", "<preface><notAnAknElement/>"));
        refused.put("XXE", "<?xml version=\"1.0\"?><!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + bill.substring(bill.indexOf("<akomaNtoso")).replace("For the purposes of this Law", "&xxe;"));
        refused.put("entity expansion (billion laughs)", "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<lolz>&lol3;</lolz>");
        refused.put("external schemaLocation", bill.replace(xmlns, "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0 "
                + "http://attacker.example/akn.xsd\">"));
        refused.put("nested too deep", "<a>".repeat(500) + "</a>".repeat(500));
        Map<String, String> named = Map.of("not XML", "not well-formed XML", "valid XML but not Akoma Ntoso", "Not an Akoma Ntoso",
                "Akoma Ntoso the schema refuses", "not valid Akoma Ntoso 3.0", "XXE", "DOCTYPE",
                "entity expansion (billion laughs)", "DOCTYPE", "external schemaLocation", "External schema references",
                "nested too deep", "nested deeper");
        refused.forEach((what, body) -> {
            Response response = submit(moldovaToken, AKN, body);
            assertThat(response.statusCode()).as(what + ": " + response.asString()).isEqualTo(422);
            assertThat(response.contentType()).as(what).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("detail")).as(what).contains(named.get(what));
            assertThat(response.asString()).as(what).doesNotContain("root:");
        });
    }

    @Test
    void refusesAnOversizedDocumentAndAWrongMediaType() {
        String padding = "<!--" + "x".repeat(6 * 1024 * 1024) + "-->";
        String oversized = AknDocuments.exampleBillText().replace("</akomaNtoso>", padding + "</akomaNtoso>");
        Response tooLarge = submit(moldovaToken, AKN, oversized);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
        assertThat(submit(moldovaToken, "application/json", "{}").statusCode()).isEqualTo(415);
    }

    @Test
    void onlyPartnersSubmit() {
        assertThat(submit(hub.adminToken(), AKN, AknDocuments.exampleBillText()).statusCode()).isEqualTo(403);
    }
}
