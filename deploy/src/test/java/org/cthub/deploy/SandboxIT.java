package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.cthub.deploy.support.HubProcess;
import org.cthub.deploy.support.ReferralRequests;
import org.cthub.deploy.support.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The integrator's sandbox, end to end: a real partner gets sandbox credentials, connects its own webhook to its
 * sandbox organisation, refers to the built-in echo partner (named, and chosen by the hub), receives the echo's
 * acceptance on its webhook with a valid signature and reads the referral accepted. And the boundary: each side
 * sees and reaches only its own organisations, sandbox callers get referrals only, shared data never counts them.
 */
@ExtendWith(HubExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxIT {

    static final String ECHO = "10000000-0000-4000-8000-0000000000ec";
    static final String ECHO_SYSTEM = "30000000-0000-4000-8000-0000000000ec";
    private static final Duration ANSWER = Duration.ofSeconds(60);

    private Hub hub;
    private Directory directory;
    private WebhookReceiver receiver;
    private HubProcess node;
    private String realOrganisation;
    private String realToken;
    private String sandboxOrganisation;
    private String sandboxToken;

    @BeforeAll
    void setUp(Hub hub) {
        this.hub = hub;
        directory = new Directory(hub);
        receiver = WebhookReceiver.start(Path.of("target/it").toAbsolutePath());
        // The node that calls webhooks (the shared hub serves pull inboxes only), and accepts loopback webhook URLs.
        node = new HubProcess("sandbox-node", hub.environment(Map.of(
                "HUB_WEBHOOK_ALLOWED_HOSTS", "127.0.0.1",
                "HUB_WEBHOOK_TRUSTED_CERTIFICATES_FILE", receiver.certificate().toString(),
                "HUB_DELIVERY_CHANNELS", "webhook",
                "HUB_DELIVERY_POLL_INTERVAL_MS", "200"))).start();
        realOrganisation = directory.activeOrganisation("ngo", "IT");
        realToken = directory.token(realOrganisation, "partner");
        ExtractableResponse<Response> issued = sandboxCredentials(realToken);
        sandboxOrganisation = issued.path("organisationId");
        sandboxToken = hub.token(issued.path("clientId"), issued.path("clientSecret"));
    }

    @AfterAll
    void tearDown() {
        if (node != null) {
            node.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    private ExtractableResponse<Response> sandboxCredentials(String token) {
        return hub.as(token).post("/sandbox/credentials").then().statusCode(201)
                .header("Cache-Control", containsString("no-store"))
                .body("roles", equalTo(List.of("partner")))
                .body("echoPartnerId", equalTo(ECHO))
                .extract();
    }

    private RequestSpecification onNode(String token) {
        return RestAssured.given().baseUri(node.baseUri().toString()).auth().oauth2(token);
    }

    /** The referral-update messages about the referral that reached the receiver, verified, as JSON. */
    private List<JsonPath> updates(String referral) {
        return receiver.bodies().stream().map(JsonPath::from)
                .filter(message -> "referral-update".equals(message.getString("type")) && referral.equals(message.getString("referralId")))
                .toList();
    }

    private String submit(String token, Map<String, Object> body) {
        return hub.as(token).contentType("application/json").body(body).post("/referrals").then().statusCode(201).extract().path("id");
    }

    @Test
    void integratorTestsAWholeReferralFlowFromItsOwnSystemAgainstTheEchoPartner() {
        hub.as(sandboxToken).get("/organisations/" + sandboxOrganisation).then().statusCode(200)
                .body("sandbox", equalTo(true)).body("status", equalTo("active")).body("name", endsWith("(sandbox)"));
        // the integrator connects its own system to its sandbox organisation
        ExtractableResponse<Response> system = onNode(sandboxToken).contentType("application/json")
                .body(Map.of("name", "Integrator's case system", "channel", "webhook", "formats", List.of("application/json"),
                        "webhook", Map.of("url", receiver.endpoint("sandbox-flow").toString())))
                .post("/organisations/" + sandboxOrganisation + "/systems").then().statusCode(201).extract();
        receiver.trust("sandbox-flow", system.path("signingSecret"));

        String referral = submit(sandboxToken, ReferralRequests.shelterReferral(ECHO, "Sandboxina"));

        Awaitility.await().atMost(ANSWER).until(() -> !updates(referral).isEmpty());
        JsonPath update = updates(referral).get(0);
        assertThat(update.getString("payload.status")).isEqualTo("accepted");
        assertThat(update.getString("payload.answer")).isEqualTo("accept");
        assertThat(receiver.unverified()).isZero();
        JsonPath read = hub.as(sandboxToken).get("/referrals/" + referral).then().statusCode(200)
                .body("status", equalTo("accepted")).body("referredOrganisation", equalTo(ECHO))
                .body("focalPoint", nullValue()).extract().jsonPath();
        // the echo's only system is inside the hub: the delivery went nowhere else
        assertThat(read.getList("deliveries.partnerSystemId")).containsExactly(ECHO_SYSTEM);
        assertThat(read.getList("deliveries.status")).containsExactly("delivered");
        assertThat(node.log()).doesNotContain("Sandboxina");
        List<String> audited = hub.asAdmin().get("/audit?targetType=referral&targetId=" + referral + "&size=100")
                .then().statusCode(200).extract().jsonPath().getList("items.actor");
        assertThat(audited).contains("sandbox-echo");
    }

    @Test
    void hubChosenSandboxReferralGoesToTheEchoPartnerAndNeverToARealFocalPoint() {
        // a real focal point for Croatia with an inbox: a real rapid response there gets copied to it
        String focalPoint = directory.activeOrganisation("government", "HR");
        directory.pullInboxSystem(focalPoint);
        hub.asAdmin().contentType("application/json").body(Map.of("organisationId", focalPoint))
                .put("/countries/HR/focal-point").then().statusCode(200);
        Map<String, Object> real = ReferralRequests.shelterReferral(directory.activeOrganisation("ngo", "HR"), "Realna");
        directory.pullInboxSystem((String) real.get("referredOrganisation"));
        real.put("currentCountry", "HR");
        hub.as(realToken).get("/referrals/" + submit(realToken, real)).then().statusCode(200).body("focalPoint", equalTo(focalPoint));

        Map<String, Object> body = ReferralRequests.shelterReferral(ECHO, "Routed");
        body.remove("referredOrganisation");
        body.put("currentCountry", "HR");
        String referral = submit(sandboxToken, body);
        JsonPath read = hub.as(sandboxToken).get("/referrals/" + referral).then().statusCode(200)
                .body("referredOrganisation", equalTo(ECHO)).body("routedBy", equalTo("service-directory"))
                .body("focalPoint", nullValue()).extract().jsonPath();
        assertThat(read.getList("deliveries.partnerSystemId")).containsExactly(ECHO_SYSTEM);
        Awaitility.await().atMost(ANSWER).until(() -> "accepted".equals(
                hub.as(sandboxToken).get("/referrals/" + referral).then().statusCode(200).extract().path("status")));
    }

    @Test
    void aRealPartnersHubChosenReferralNeverGoesToTheEchoPartner() {
        Map<String, Object> body = ReferralRequests.shelterReferral(ECHO, "Nobody");
        body.remove("referredOrganisation");
        // the consent covers only the echo partner: on the real side nobody is left
        hub.as(realToken).contentType("application/json").body(body).post("/referrals").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("referredOrganisation"))
                .body("detail", not(containsString(ECHO))).body("detail", not(containsString("echo")));
    }

    @Test
    void aSandboxReferralNamingARealOrganisationIsRefusedWithoutTellingItExists() {
        String unknown = UUID.randomUUID().toString();
        String namingReal = hub.as(sandboxToken).contentType("application/json")
                .body(ReferralRequests.shelterReferral(realOrganisation, "Leak")).post("/referrals").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("referredOrganisation"))
                .body("detail", containsString("sandbox")).extract().path("detail");
        String namingUnknown = hub.as(sandboxToken).contentType("application/json")
                .body(ReferralRequests.shelterReferral(unknown, "Leak")).post("/referrals").then().statusCode(422)
                .extract().path("detail");
        assertThat(namingReal).isEqualTo(namingUnknown).doesNotContain(realOrganisation);
    }

    @Test
    void aRealReferralNamingASandboxOrganisationIsRefusedLikeAnUnknownOne() {
        String unknown = hub.as(realToken).contentType("application/json")
                .body(ReferralRequests.shelterReferral(UUID.randomUUID().toString(), "Leak")).post("/referrals").then().statusCode(422)
                .extract().path("detail");
        for (String sandbox : List.of(ECHO, sandboxOrganisation)) {
            hub.as(realToken).contentType("application/json").body(ReferralRequests.shelterReferral(sandbox, "Leak"))
                    .post("/referrals").then().statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("referredOrganisation")).body("detail", equalTo(unknown));
        }
    }

    @Test
    void eachSideSeesOnlyItsOwnOrganisations() {
        JsonPath sandboxView = hub.as(sandboxToken).get("/organisations?size=100").then().statusCode(200).extract().jsonPath();
        assertThat(sandboxView.getList("items.sandbox", Boolean.class)).isNotEmpty().containsOnly(true);
        assertThat(sandboxView.getList("items.id")).contains(ECHO, sandboxOrganisation);
        // the echo partner is in Switzerland, like two seeded real organisations a real partner sees there
        JsonPath realView = hub.as(realToken).get("/organisations?country=CH&size=100").then().statusCode(200).extract().jsonPath();
        assertThat(realView.getList("items.id")).isNotEmpty().doesNotContain(ECHO);
        assertThat(realView.getList("items.sandbox", Boolean.class)).containsOnly(false);
        for (String path : List.of("/organisations/" + ECHO, "/organisations/" + ECHO + "/services",
                "/organisations/" + sandboxOrganisation, "/organisations/" + sandboxOrganisation + "/services")) {
            hub.as(realToken).get(path).then().statusCode(404).contentType("application/problem+json");
        }
        hub.as(sandboxToken).get("/organisations/" + realOrganisation).then().statusCode(404);
        hub.as(sandboxToken).get("/organisations/" + ECHO + "/services").then().statusCode(200);
        // the hub operator sees both sides, flagged
        hub.asAdmin().get("/organisations/" + ECHO).then().statusCode(200).body("sandbox", equalTo(true))
                .body("name", equalTo("CT Hub echo partner"));
        hub.asAdmin().get("/organisations/" + realOrganisation).then().statusCode(200).body("sandbox", equalTo(false));
    }

    @Test
    void sandboxCredentialsCoverReferralsOnly() {
        for (String path : List.of("/statistics/referrals?dimensions=origin", "/working-groups", "/legislation/drafts",
                "/reports/profiles", "/statistics/queries")) {
            hub.as(sandboxToken).get(path).then().statusCode(403).contentType("application/problem+json")
                    .body("type", endsWith("sandbox-referrals-only")).body("detail", containsString("referrals only"));
        }
        hub.as(sandboxToken).get("/inbox").then().statusCode(200);
        hub.as(sandboxToken).get("/countries").then().statusCode(200);
        // a sandbox organisation joins no working group and is no focal point
        String group = hub.asAdmin().get("/working-groups").then().statusCode(200).extract().path("[0].id");
        hub.asAdmin().contentType("application/json").body(Map.of("organisationId", sandboxOrganisation))
                .post("/working-groups/" + group + "/members").then().statusCode(422).body("errors[0].field", equalTo("organisationId"));
        hub.asAdmin().contentType("application/json").body(Map.of("organisationId", ECHO))
                .put("/countries/HU/focal-point").then().statusCode(422).body("errors[0].field", equalTo("organisationId"));
        // the echo partner takes no systems, and nobody connects a system with its channel
        hub.asAdmin().contentType("application/json").body(Map.of("name", "Leak", "channel", "pull-inbox", "formats", List.of("application/json")))
                .post("/organisations/" + ECHO + "/systems").then().statusCode(403);
        hub.as(sandboxToken).contentType("application/json").body(Map.of("name", "Echo", "channel", "echo", "formats", List.of("application/json")))
                .post("/organisations/" + sandboxOrganisation + "/systems").then().statusCode(422).body("errors[0].field", equalTo("channel"));
    }

    @Test
    void sandboxCredentialsComeOnlyFromARealPartner() {
        ExtractableResponse<Response> again = sandboxCredentials(realToken);
        assertThat((String) again.path("organisationId")).isEqualTo(sandboxOrganisation);
        assertThat((String) again.path("sandboxOf")).isEqualTo(realOrganisation);
        assertThat(hub.token(again.path("clientId"), again.path("clientSecret"))).isNotBlank();

        hub.as(sandboxToken).post("/sandbox/credentials").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("sandbox credentials already"));
        hub.as(hub.adminToken()).post("/sandbox/credentials").then().statusCode(403).contentType("application/problem+json");
        String secretariat = directory.activeOrganisation("working-group-secretariat", "AL");
        hub.as(directory.token(secretariat, "secretariat")).post("/sandbox/credentials").then().statusCode(403);
        hub.as(directory.token(secretariat, "reviewer")).post("/sandbox/credentials").then().statusCode(403);
        hub.anonymous().post("/sandbox/credentials").then().statusCode(401).contentType("application/problem+json");
        hub.as(realToken).get("/sandbox/credentials").then().statusCode(405);
    }

    @Test
    void sharedDataNeverCountsSandboxReferrals() {
        // a partner in Liechtenstein, which no other test uses: its twin's referrals would be the only ones from there
        String liechtenstein = directory.activeOrganisation("ngo", "LI");
        ExtractableResponse<Response> issued = sandboxCredentials(directory.token(liechtenstein, "partner"));
        String token = hub.token(issued.path("clientId"), issued.path("clientSecret"));
        for (int n = 0; n < 12; n++) {
            Map<String, Object> body = ReferralRequests.shelterReferral(ECHO, "Count" + n);
            body.put("urgency", "standard");
            submit(token, body);
        }
        // and one real referral from Italy, which the same table does count
        String recipient = directory.activeOrganisation("ngo", "IT");
        directory.pullInboxSystem(recipient);
        submit(realToken, ReferralRequests.shelterReferral(recipient, "Counted"));
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        JsonPath table = hub.asAdmin().get("/statistics/referrals?dimensions=origin&from=" + month + "&to=" + month)
                .then().statusCode(200).extract().jsonPath();
        assertThat(table.getList("cells.row")).contains("IT").doesNotContain("LI");
    }
    @Test
    @SuppressWarnings("unchecked")
    void sandboxCallersAreRefusedEveryOperationOutsideTheReferralFlow() {
        // every operation the contract lists, so an operation added later is covered without touching this test
        Map<String, Object> paths = hub.anonymous().get("/openapi?format=JSON").then().statusCode(200).extract().path("paths");
        Set<String> referralFlow = Set.of("Referrals", "Inbox", "Organisations", "Partner systems", "Services", "Countries", "Sandbox");
        List<String> refused = new ArrayList<>();
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, value) -> {
            if (!Set.of("get", "put", "post", "delete", "patch").contains(method) || "/oauth2/token".equals(path)) {
                return; // path-level parameters, or the token endpoint (client credentials, not a bearer token)
            }
            Map<String, Object> operation = (Map<String, Object>) value;
            if (((List<String>) operation.getOrDefault("tags", List.of())).stream().anyMatch(referralFlow::contains)) {
                return;
            }
            RequestSpecification request = hub.as(sandboxToken);
            Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
            if (body != null) {
                String type = ((Map<String, Object>) body.get("content")).keySet().iterator().next();
                request = request.contentType(type).body(type.contains("json") ? "{}" : "x");
            }
            Response response = request.request(method.toUpperCase(), concrete(path));
            assertThat(response.statusCode()).as("%s %s: %s", method, path, response.asString()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
            refused.add(method + " " + path);
        }));
        assertThat(refused).contains("get /statistics/referrals", "post /legislation/drafts", "post /reports/profiles", "get /audit");
    }

    private static String concrete(String template) {
        return template.replace("{code}", "AL").replace("{name}", "activity-report").replace("{n}", "1").replace("{sequence}", "1")
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }
}
