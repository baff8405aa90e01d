package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
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
 * The technical review of a draft law over HTTP on PostgreSQL, as the issue tells it: Moldova submits a draft
 * anti-trafficking law, asks OSCE/ODIHR and IOM's legal unit to review it; each receives the request in its
 * inbox and fetches the document; both comment on articles and give opinions; Moldova reads the comments
 * grouped by article, revises, marks comments addressed, and the diff shows what changed and which comments
 * were addressed; Moldova adopts the law, and the reviewers hear of each step. Also: a working group asked
 * reviews through its members, and bad requests are refused with a problem saying what to do.
 */
@ExtendWith(HubExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LegislationReviewIT {

    private static final String AKN = "application/akn+xml";
    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    private static final String VICTIM_PROTECTION = "20000000-0000-4000-8000-000000000003";

    private Hub hub;
    private Directory directory;
    private String moldova;
    private String moldovaToken;
    private String odihr;
    private String odihrToken;
    private String iom;
    private String iomToken;
    private String outsiderToken;

    @BeforeAll
    void setUp(Hub hub) {
        this.hub = hub;
        directory = new Directory(hub);
        moldova = directory.activeOrganisation("government", "MD");
        moldovaToken = directory.token(moldova, "partner");
        odihr = directory.activeOrganisation("international-organisation", "PL");
        odihrToken = directory.token(odihr, "reviewer");
        iom = directory.activeOrganisation("international-organisation", "MD");
        iomToken = directory.token(iom, "reviewer");
        outsiderToken = directory.token(directory.activeOrganisation("international-organisation", "AT"), "reviewer");
    }

    private static String firstVersion() {
        return AknDocuments.exampleBill()
                .withArticle("art_2", "Article 2", "Scope", "This Law applies to trafficking within and across borders.")
                .withArticle("art_3", "Article 3", "Assistance", "Victims receive assistance once identified.").xml();
    }

    @Test
    void moldovaHasItsDraftReviewedRevisesItAndAdoptsIt() {
        String v1 = firstVersion();
        String draft = hub.as(moldovaToken).contentType(AKN).body(v1).post("/legislation/drafts").then().statusCode(201)
                .extract().path("draft.id");
        // not asked yet: the reviewers cannot tell the draft exists
        hub.as(iomToken).get("/legislation/drafts/" + draft).then().statusCode(404);
        comment(iomToken, draft, Map.of("text", "Too early")).statusCode(404);

        JsonPath asked = hub.as(moldovaToken).contentType("application/json")
                .body(Map.of("reviewers", List.of(odihr, iom), "message", "Comments by 15 January, please"))
                .post("/legislation/drafts/" + draft + "/review-requests").then().statusCode(201).extract().jsonPath();
        assertThat(asked.getString("status")).isEqualTo("under-review");
        assertThat(asked.getList("reviewRequests.reviewer")).containsExactlyInAnyOrder(odihr, iom);
        assertThat(asked.getList("reviewRequests.version")).containsExactly(1, 1);

        // each reviewer receives the request through its channel and fetches the document with its own token
        for (String token : List.of(odihrToken, iomToken)) {
            Map<String, Object> request = awaitMessages(token, draft, "review-request", 1).get(0);
            Map<String, Object> notice = payload(request);
            assertThat(notice).containsEntry("event", "review-requested").containsEntry("status", "under-review")
                    .containsEntry("version", 1).containsEntry("message", "Comments by 15 January, please")
                    .containsEntry("title", "Preventing and Combating Trafficking in Human Beings").containsEntry("country", "MD");
            Response document = hub.as(token).get((String) notice.get("documentPath"));
            assertThat(document.statusCode()).isEqualTo(200);
            assertThat(document.asByteArray()).isEqualTo(v1.getBytes(StandardCharsets.UTF_8));
            hub.as(token).post("/inbox/" + request.get("messageId") + "/ack").then().statusCode(204);
        }
        assertThat(hub.as(iomToken).get("/legislation/drafts?size=100").then().statusCode(200).extract().jsonPath()
                .getList("items.id")).contains(draft);
        // an organisation not asked still cannot
        hub.as(outsiderToken).get("/legislation/drafts/" + draft).then().statusCode(404);
        comment(outsiderToken, draft, Map.of("text", "Uninvited")).statusCode(404);

        String odihrOnDefinitions = comment(odihrToken, draft, Map.of("eId", "art_1",
                "text", "Define exploitation as Article 3 of the Palermo Protocol does.")).statusCode(201).extract().path("id");
        String odihrOverall = comment(odihrToken, draft, Map.of("text", "Add a national referral mechanism chapter.")).statusCode(201)
                .extract().path("id");
        String iomOnDefinitions = comment(iomToken, draft, Map.of("version", 1, "eId", "art_1",
                "text", "Use \"victim\" & <b>not</b> 'offender' for persons compelled to commit offences.")).statusCode(201).extract().path("id");
        String iomOnScope = comment(iomToken, draft, Map.of("eId", "art_2", "text", "Cover internal trafficking explicitly."))
                .statusCode(201).extract().path("id");
        assertThat(hub.as(moldovaToken).get("/legislation/drafts/" + draft).then().statusCode(200).extract().path("status").toString())
                .isEqualTo("commented");
        opinion(odihrToken, draft, "unfavourable", "Not yet.").statusCode(201);
        opinion(odihrToken, draft, "favourable-with-changes", "Sound, once the definitions follow the Protocol.").statusCode(200);
        opinion(iomToken, draft, "favourable-with-changes", "Assistance must not depend on cooperation.").statusCode(201);
        // Moldova hears of the first comment and of each opinion
        List<Map<String, Object>> heard = awaitMessages(moldovaToken, draft, "draft-update", 4);
        assertThat(heard).extracting(message -> payload(message).get("event"))
                .containsExactlyInAnyOrder("commented", "opinion-given", "opinion-given", "opinion-given");

        JsonPath comments = hub.as(moldovaToken).get("/legislation/drafts/" + draft + "/comments").then().statusCode(200)
                .extract().jsonPath();
        assertThat(comments.getList("general.id")).containsExactly(odihrOverall);
        assertThat(comments.getList("articles.eId")).containsExactly("art_1", "art_2");
        assertThat(comments.getString("articles[0].heading")).isEqualTo("Definitions");
        assertThat(comments.getList("articles[0].comments.id")).containsExactly(odihrOnDefinitions, iomOnDefinitions);
        assertThat(comments.getList("articles[0].comments.organisation")).containsExactly(odihr, iom);
        assertThat(comments.getList("articles[1].comments.id")).containsExactly(iomOnScope);
        assertThat(comments.getList("opinions.organisation")).containsExactlyInAnyOrder(odihr, iom);
        assertThat(comments.getList("opinions.opinion")).containsOnly("favourable-with-changes");
        String page = hub.as(moldovaToken).accept("text/html").get("/legislation/drafts/" + draft + "/comments").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(page).contains("<h2 id=\"art_1\">Article 1: Definitions</h2>", "Article 3 of the Palermo Protocol",
                "Use &quot;victim&quot; &amp; &lt;b&gt;not&lt;/b&gt; &#39;offender&#39;").doesNotContain("<b>not</b>");

        String v2 = AknDocuments.exampleBill().asExpression("2026-12-01")
                .rewording("art_1", "Exploitation includes, at a minimum, the forms listed in the Palermo Protocol.")
                .withArticle("art_2", "Article 2", "Scope", "This Law applies to trafficking within Moldova and across its borders.")
                .withArticle("art_3", "Article 3", "Assistance", "Victims receive assistance once identified.")
                .withArticle("art_4", "Article 4", "Non-punishment", "Victims are not punished for offences they were compelled to commit.")
                .xml();
        JsonPath revised = hub.as(moldovaToken).contentType(AKN).body(v2).post("/legislation/drafts").then().statusCode(201)
                .extract().jsonPath();
        assertThat(revised.getInt("version")).isEqualTo(2);
        assertThat(revised.getString("draft.status")).isEqualTo("revised");
        for (String token : List.of(odihrToken, iomToken)) {
            Map<String, Object> update = payload(awaitMessages(token, draft, "draft-update", 1).get(0));
            assertThat(update).containsEntry("event", "version-submitted").containsEntry("version", 2).containsEntry("status", "revised");
        }

        for (String addressed : List.of(odihrOnDefinitions, iomOnDefinitions, iomOnScope)) {
            hub.as(moldovaToken).contentType("application/json").body(Map.of("version", 2, "note", "Reworded in version 2"))
                    .post("/legislation/drafts/" + draft + "/comments/" + addressed + "/addressed").then().statusCode(200)
                    .body("addressedInVersion", org.hamcrest.Matchers.equalTo(2));
        }
        // bad input: marked twice; in the version commented on; by a reviewer
        hub.as(moldovaToken).contentType("application/json").body(Map.of("version", 2))
                .post("/legislation/drafts/" + draft + "/comments/" + iomOnScope + "/addressed").then().statusCode(409)
                .contentType("application/problem+json");
        hub.as(moldovaToken).contentType("application/json").body(Map.of("version", 1))
                .post("/legislation/drafts/" + draft + "/comments/" + odihrOverall + "/addressed").then().statusCode(422)
                .body("detail", containsString("name a later version"));
        hub.as(odihrToken).contentType("application/json").body(Map.of("version", 2))
                .post("/legislation/drafts/" + draft + "/comments/" + odihrOverall + "/addressed").then().statusCode(403);

        JsonPath diff = hub.as(iomToken).get("/legislation/drafts/" + draft + "/diff?from=1&to=2").then().statusCode(200)
                .extract().jsonPath();
        assertThat(diff.getList("changed.eId")).containsExactly("art_1", "art_2");
        assertThat(diff.getList("added.eId")).containsExactly("art_4");
        assertThat(diff.getList("removed")).isEmpty();
        assertThat(diff.getList("addressed.id")).containsExactlyInAnyOrder(odihrOnDefinitions, iomOnDefinitions, iomOnScope);
        assertThat(diff.getList("addressed.id")).doesNotContain(odihrOverall);

        comment(iomToken, draft, Map.of("version", 2, "eId", "art_4", "text", "Good: this is what we asked for.")).statusCode(201);
        JsonPath adopted = hub.as(moldovaToken).contentType("application/json").body(Map.of("decision", "adopted"))
                .post("/legislation/drafts/" + draft + "/decision").then().statusCode(200).extract().jsonPath();
        assertThat(adopted.getString("status")).isEqualTo("adopted");
        assertThat(adopted.getInt("adoptedVersion")).isEqualTo(2);
        for (String token : List.of(odihrToken, iomToken)) {
            assertThat(awaitMessages(token, draft, "draft-update", 2)).extracting(message -> payload(message).get("event"))
                    .contains("adopted");
        }

        // closed: nothing more is taken, and the problem says why
        comment(odihrToken, draft, Map.of("text", "Late")).statusCode(409).body("detail", containsString("adopted"));
        hub.as(moldovaToken).contentType(AKN).body(AknDocuments.exampleBill().asExpression("2027-01-01").xml())
                .post("/legislation/drafts").then().statusCode(409).body("detail", containsString("new work"));
        hub.as(moldovaToken).contentType("application/json").body(Map.of("reviewers", List.of(odihr)))
                .post("/legislation/drafts/" + draft + "/review-requests").then().statusCode(409);
        hub.as(moldovaToken).contentType("application/json").body(Map.of("decision", "withdrawn"))
                .post("/legislation/drafts/" + draft + "/decision").then().statusCode(409);

        List<String> audited = hub.asAdmin().get("/audit?targetType=legislation-draft&targetId=" + draft + "&size=100")
                .then().statusCode(200).extract().jsonPath().getList("items.action");
        assertThat(audited).contains("legislation.review-requested", "legislation.commented", "legislation.opinion-given",
                "legislation.comment-addressed", "legislation.comments-read", "legislation.draft-closed", "legislation.version-read");
        assertThat(hub.asAdmin().get("/audit?targetType=legislation-draft&targetId=" + draft + "&size=100").asString())
                .doesNotContain("Palermo");
    }

    @Test
    void aWorkingGroupAskedReviewsThroughItsMembers() {
        String member = directory.activeOrganisation("ngo", "RO");
        hub.asAdmin().contentType("application/json").body(Map.of("organisationId", member))
                .post("/working-groups/" + VICTIM_PROTECTION + "/members").then().statusCode(201);
        String memberReviewer = directory.token(member, "reviewer");
        String memberSecretariat = directory.token(member, "secretariat");
        String ministry = directory.token(directory.activeOrganisation("government", "MD"), "partner");
        String draft = hub.as(ministry).contentType(AKN).body(firstVersion()).post("/legislation/drafts").then().statusCode(201)
                .extract().path("draft.id");
        hub.as(memberReviewer).get("/legislation/drafts/" + draft).then().statusCode(404);

        hub.as(ministry).contentType("application/json").body(Map.of("workingGroups", List.of(VICTIM_PROTECTION)))
                .post("/legislation/drafts/" + draft + "/review-requests").then().statusCode(201)
                .body("reviewRequests[0].workingGroup", org.hamcrest.Matchers.equalTo(VICTIM_PROTECTION));
        assertThat(payload(awaitMessages(memberReviewer, draft, "review-request", 1).get(0))).containsEntry("event", "review-requested");
        comment(memberReviewer, draft, Map.of("eId", "art_3", "text", "Name the shelters' minimum standards.")).statusCode(201);
        // the member's secretariat reads the draft and its comments, but comments only through a reviewer client
        hub.as(memberSecretariat).get("/legislation/drafts/" + draft + "/comments").then().statusCode(200)
                .body("articles[0].eId", org.hamcrest.Matchers.equalTo("art_3"));
        comment(memberSecretariat, draft, Map.of("text", "Secretariat note")).statusCode(403);
        // an organisation outside the group still cannot tell the draft exists
        hub.as(outsiderToken).get("/legislation/drafts/" + draft + "/comments").then().statusCode(404);
    }

    @Test
    void refusesBadReviewRequestsCommentsOpinionsAndDecisionsSayingWhatToDo() {
        String draft = hub.as(moldovaToken).contentType(AKN).body(AknDocuments.freshWorkText()).post("/legislation/drafts").then()
                .statusCode(201).extract().path("draft.id");
        String requests = "/legislation/drafts/" + draft + "/review-requests";
        // bad review requests: nobody named; the submitter itself; an unknown organisation; an unknown working group; not JSON
        Map<String, Map<String, Object>> badRequests = Map.of(
                "nobody", Map.of("message", "anyone?"),
                "own organisation", Map.of("reviewers", List.of(moldova)),
                "unknown organisation", Map.of("reviewers", List.of("00000000-0000-4000-8000-00000000dead")),
                "unknown working group", Map.of("workingGroups", List.of("00000000-0000-4000-8000-00000000beef")));
        badRequests.forEach((what, body) -> hub.as(moldovaToken).contentType("application/json").body(body).post(requests).then()
                .statusCode(422).contentType("application/problem+json"));
        hub.as(moldovaToken).contentType("application/json").body("{\"reviewers\": [\"not-a-uuid\"]}").post(requests).then()
                .statusCode(400).contentType("application/problem+json");
        // before review is asked, the asked-for reviewer is no reviewer yet
        comment(odihrToken, draft, Map.of("text", "Early")).statusCode(404);
        hub.as(moldovaToken).contentType("application/json").body(Map.of("reviewers", List.of(odihr))).post(requests).then().statusCode(201);

        // bad comments: an eId the version lacks; blank text; over-long text; a version that does not exist; by the submitter
        comment(odihrToken, draft, Map.of("eId", "art_99", "text", "Where?")).statusCode(422)
                .body("detail", containsString("no article with eId 'art_99'"));
        comment(odihrToken, draft, Map.of("text", " ")).statusCode(400);
        comment(odihrToken, draft, Map.of("text", "x".repeat(10_001))).statusCode(400);
        comment(odihrToken, draft, Map.of("version", 9, "text", "Future")).statusCode(422).body("detail", containsString("does not exist"));
        comment(directory.token(moldova, "reviewer"), draft, Map.of("text", "Self-review")).statusCode(403);
        // bad opinions and decisions: unknown codes; withdrawn with a version; adopted as a version that does not exist
        opinion(odihrToken, draft, "great", "Nice").statusCode(422).body("detail", containsString("favourable"));
        String decision = "/legislation/drafts/" + draft + "/decision";
        hub.as(moldovaToken).contentType("application/json").body(Map.of("decision", "maybe")).post(decision).then().statusCode(422);
        hub.as(moldovaToken).contentType("application/json").body(Map.of("decision", "withdrawn", "version", 1)).post(decision).then()
                .statusCode(422);
        hub.as(moldovaToken).contentType("application/json").body(Map.of("decision", "adopted", "version", 5)).post(decision).then()
                .statusCode(422);
        // nothing of that changed the draft
        JsonPath read = hub.as(moldovaToken).get("/legislation/drafts/" + draft).then().statusCode(200).extract().jsonPath();
        assertThat(read.getString("status")).isEqualTo("under-review");
        assertThat(hub.as(moldovaToken).get("/legislation/drafts/" + draft + "/comments").then().statusCode(200).extract().jsonPath()
                .getList("general")).isEmpty();
        hub.as(moldovaToken).contentType("application/json").body(Map.of("decision", "withdrawn")).post(decision).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("withdrawn"));
    }

    private io.restassured.response.ValidatableResponse comment(String token, String draft, Map<String, ?> body) {
        return hub.as(token).contentType("application/json").body(body).post("/legislation/drafts/" + draft + "/comments").then();
    }

    private io.restassured.response.ValidatableResponse opinion(String token, String draft, String opinion, String summary) {
        return hub.as(token).contentType("application/json").body(Map.of("opinion", opinion, "summary", summary))
                .post("/legislation/drafts/" + draft + "/opinions").then();
    }

    /** The inbox messages of this type about the draft, once {@code count} have arrived (unacknowledged ones stay listed). */
    private List<Map<String, Object>> awaitMessages(String token, String draft, String type, int count) {
        List<Map<String, Object>> found = new ArrayList<>();
        await().atMost(ARRIVAL).pollInterval(Duration.ofMillis(200)).until(() -> {
            found.clear();
            List<Map<String, Object>> items = hub.as(token).get("/inbox?size=100").then().statusCode(200).extract().jsonPath().getList("items");
            items.stream().filter(m -> draft.equals(m.get("draftId")) && type.equals(m.get("type"))).forEach(found::add);
            return found.size() >= count;
        });
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(Map<String, Object> message) {
        return (Map<String, Object>) message.get("payload");
    }
}
