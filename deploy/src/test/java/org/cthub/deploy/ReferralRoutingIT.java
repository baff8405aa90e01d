package org.cthub.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.cthub.deploy.support.ReferralRequests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Routing of referrals over HTTP on PostgreSQL: the hub chooses the recipient from the service directory when
 * the sender names none, return and reintegration are delinked and meet through the case, rapid responses reach
 * the country's focal point, and a referral nobody answers expires and is escalated to it. Each test works in
 * its own countries or names its candidates in the consent, so tests sharing the hub do not disturb it.
 */
@ExtendWith(HubExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralRoutingIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    private Hub hub;
    private Directory directory;
    private String sender;
    private String senderToken;

    @BeforeAll
    void setUp(Hub hub) {
        this.hub = hub;
        directory = new Directory(hub);
        sender = directory.activeOrganisation("ngo", "IT");
        senderToken = directory.token(sender, "partner");
    }

    // --- routing by the service directory ---

    @Test
    void routesToTheBestRankedOfSeveralOfferings() {
        String small = offering("legal", "psychosocial", 2, 5);
        String best = offering("legal", "psychosocial", 8, 9);
        String unknown = offering("legal", "psychosocial", null, null);
        String notCovered = offering("legal", "psychosocial", 20, 20);
        String full = offering("legal", "psychosocial", 0, 30);
        String lacksOne = withSystem(directory.activeOrganisation("ngo", "HR"));
        service(lacksOne, "legal", "HR", 40);

        Map<String, Object> body = routed(List.of("legal", "psychosocial"), "HR", List.of(small, best, unknown, full, lacksOne, sender));
        String id = hub.as(senderToken).contentType("application/json").body(body).post("/referrals")
                .then().statusCode(201)
                .body("referredOrganisation", equalTo(best))
                .body("routedBy", equalTo("service-directory"))
                .extract().path("id");
        assertThat(notCovered).isNotEqualTo(best);
        hub.as(senderToken).get("/referrals/" + id).then().statusCode(200).body("routedBy", equalTo("service-directory"));
        // a named recipient is the sender's choice
        Map<String, Object> named = ReferralRequests.shelterReferral(small, "Named");
        hub.as(senderToken).contentType("application/json").body(named).post("/referrals")
                .then().statusCode(201).body("referredOrganisation", equalTo(small)).body("routedBy", equalTo("sender"));
    }

    @Test
    void skipsCandidatesTheConsentDoesNotCoverAndRanksUnknownCapacityLast() {
        String covered = offering("medical", "security", null, 3);
        String uncovered = offering("medical", "security", 50, 50);
        Map<String, Object> body = routed(List.of("medical", "security"), "HR", List.of(covered));
        hub.as(senderToken).contentType("application/json").body(body).post("/referrals")
                .then().statusCode(201).body("referredOrganisation", equalTo(covered));
        assertThat(uncovered).isNotEqualTo(covered);
    }

    @Test
    void refusesWhenNoCandidateIsFoundSayingWhatWasSearchedAndWhatToDo() {
        // bad input: micro-credit in XK, where no organisation the consent names offers it
        String nobody = withSystem(directory.activeOrganisation("ngo", "XK"));
        Map<String, Object> body = routed(List.of("micro-credit"), "XK", List.of(nobody));
        hub.as(senderToken).contentType("application/json").body(body).post("/referrals")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("micro-credit"))
                .body("detail", containsString("XK"))
                .body("detail", containsString("Name the recipient"))
                .body("detail", containsString("register the services"));
    }

    @Test
    void refusesReturnRoutedToACountryWithoutTheDestinationOrTransitRole() {
        // bad input: return in Moldova, a country of origin
        String returnProject = offering("return", "shelter", 5, 5, "MD");
        Map<String, Object> body = routed(List.of("return"), "MD", List.of(returnProject));
        body.put("destinationCountry", "UA");
        hub.as(senderToken).contentType("application/json").body(body).post("/referrals")
                .then().statusCode(422).body("detail", containsString("destination or transit"));
    }

    // --- delinking and the case ---

    @Test
    void refusesReturnTogetherWithReintegration() {
        String recipient = withSystem(directory.activeOrganisation("international-organisation", "IT"));
        Map<String, Object> body = ReferralRequests.shelterReferral(recipient, "Both");
        body.put("assistanceTypes", List.of("return", "reintegration"));
        body.put("destinationCountry", "MD");
        hub.as(senderToken).contentType("application/json").body(body).post("/referrals")
                .then().statusCode(422)
                .body("detail", containsString("submit reintegration as a second referral for the same case (same caseReference)"));
    }

    @Test
    void linksTheReintegrationReferralToTheReturnThroughTheCaseAndListsThemByCase() {
        String returnProject = withSystem(directory.activeOrganisation("international-organisation", "IT"));
        Directory.Credentials returnClient = directory.client(returnProject, "partner");
        String reintegrationNgo = withSystem(directory.activeOrganisation("ngo", "MD"));
        String caseReference = "ROUTING-" + UUID.randomUUID();

        Map<String, Object> returnBody = ReferralRequests.shelterReferral(returnProject, "Case");
        returnBody.put("assistanceTypes", List.of("return"));
        returnBody.put("destinationCountry", "MD");
        returnBody.put("urgency", "standard");
        returnBody.put("caseReference", caseReference);
        String caseId = hub.as(senderToken).contentType("application/json").body(returnBody).post("/referrals")
                .then().statusCode(201).extract().path("caseId");

        Map<String, Object> reintegrationBody = ReferralRequests.shelterReferral(reintegrationNgo, "Case");
        reintegrationBody.put("assistanceTypes", List.of("reintegration"));
        reintegrationBody.put("currentCountry", "MD");
        reintegrationBody.put("urgency", "standard");
        reintegrationBody.put("caseReference", caseReference);
        hub.as(senderToken).contentType("application/json").body(reintegrationBody).post("/referrals")
                .then().statusCode(201).body("caseId", equalTo(caseId));

        hub.as(senderToken).get("/referrals?caseId=" + caseId).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.caseId.unique()", equalTo(List.of(caseId)));
        String returnToken = hub.token(returnClient.clientId(), returnClient.clientSecret());
        hub.as(returnToken).get("/referrals?caseId=" + caseId).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].referredOrganisation", equalTo(returnProject));
        String stranger = directory.token(directory.activeOrganisation("ngo", "RO"), "partner");
        hub.as(stranger).get("/referrals?caseId=" + caseId).then().statusCode(200).body("total", equalTo(0));
        hub.asAdmin().get("/referrals?caseId=" + caseId).then().statusCode(200).body("total", equalTo(2));
        // bad input: a caseId that is no pseudonym
        hub.as(senderToken).get("/referrals?caseId=not a case!").then().statusCode(400);
    }

    // --- focal points ---

    @Test
    void rapidResponseReachesTheFocalPointWhichReadsPersonalFieldsOnlyWhenCovered() {
        String recipient = withSystem(directory.activeOrganisation("ngo", "ME"));
        String focalPoint = directory.activeOrganisation("government", "ME");
        Directory.Credentials focalInbox = directory.client(focalPoint, "partner");
        String focalToken = hub.token(focalInbox.clientId(), focalInbox.clientSecret());
        hub.asAdmin().contentType("application/json").body(Map.of("organisationId", focalPoint))
                .put("/countries/ME/focal-point").then().statusCode(200).body("focalPoint", equalTo(focalPoint));
        hub.as(senderToken).get("/countries/ME").then().statusCode(200).body("focalPoint", equalTo(focalPoint));

        String uncoveredName = name();
        Map<String, Object> body = ReferralRequests.shelterReferral(recipient, uncoveredName);
        body.put("currentCountry", "ME");
        String uncovered = hub.as(senderToken).contentType("application/json").body(body).post("/referrals")
                .then().statusCode(201).body("urgent", equalTo(true)).body("focalPoint", equalTo(focalPoint))
                .extract().path("id");
        Map<String, Object> message = awaitMessage(focalToken, uncovered);
        assertThat(message.get("type")).isEqualTo("referral");
        assertThat(hub.as(focalToken).get("/inbox?size=100").asString()).doesNotContain(uncoveredName);
        hub.as(focalToken).get("/referrals/" + uncovered).then().statusCode(200)
                .body("focalPoint", equalTo(focalPoint)).body("person", nullValue()).body("personalDataWithheld", containsString("recipient"));
        // the copy reaching the focal point does not count as delivered to the recipient
        hub.as(focalToken).post("/inbox/" + message.get("messageId") + "/ack").then().statusCode(204);
        hub.as(senderToken).get("/referrals/" + uncovered).then().statusCode(200).body("status", equalTo("submitted"));

        String coveredName = name();
        Map<String, Object> coveredBody = ReferralRequests.shelterReferral(recipient, coveredName);
        coveredBody.put("currentCountry", "ME");
        Map<String, Object> consent = new HashMap<>(ReferralRequests.consentFor(recipient));
        consent.put("recipients", List.of(recipient, focalPoint));
        coveredBody.put("consent", consent);
        String covered = hub.as(senderToken).contentType("application/json").body(coveredBody).post("/referrals")
                .then().statusCode(201).extract().path("id");
        hub.as(focalToken).get("/referrals/" + covered).then().statusCode(200).body("person.firstName", equalTo(coveredName));
        assertThat(hub.asAdmin().get("/audit?targetType=referral&targetId=" + covered + "&size=100").asString())
                .contains("referral.personal-data-read").contains("as=focal-point");

        // a standard referral is not copied; and the focal point sees only what it is party to
        Map<String, Object> standard = ReferralRequests.shelterReferral(recipient, name());
        standard.put("currentCountry", "ME");
        standard.put("urgency", "standard");
        String notCopied = hub.as(senderToken).contentType("application/json").body(standard).post("/referrals")
                .then().statusCode(201).body("urgent", equalTo(false)).body("focalPoint", nullValue()).extract().path("id");
        hub.as(focalToken).get("/referrals/" + notCopied).then().statusCode(404);

        hub.asAdmin().delete("/countries/ME/focal-point").then().statusCode(204);
        hub.asAdmin().delete("/countries/ME/focal-point").then().statusCode(204);
        hub.asAdmin().get("/countries/ME").then().statusCode(200).body("focalPoint", nullValue());
        hub.as(focalToken).get("/referrals/" + covered).then().statusCode(200);
    }

    @Test
    void refusesAFocalPointThatIsNotAnActiveOrganisation() {
        // bad inputs: an unknown organisation id, no body field, an unknown country
        hub.asAdmin().contentType("application/json").body(Map.of("organisationId", UUID.randomUUID().toString()))
                .put("/countries/SI/focal-point").then().statusCode(422).contentType("application/problem+json");
        hub.asAdmin().contentType("application/json").body(Map.of())
                .put("/countries/SI/focal-point").then().statusCode(400);
        hub.asAdmin().contentType("application/json").body(Map.of("organisationId", sender))
                .put("/countries/ZZ/focal-point").then().statusCode(404);
    }

    // --- expiry and escalation, on a hub of its own with deadlines of seconds and no rapid-response copy ---

    @Test
    void expiresAnUnansweredReferralAndEscalatesItToTheFocalPoint() {
        try (Hub quick = Hub.dedicated("expiry", Map.of("HUB_REFERRAL_RAPID_ANSWER_WITHIN", "PT3S",
                "HUB_REFERRAL_EXPIRY_CHECK_INTERVAL", "PT1S", "HUB_REFERRAL_FOCAL_POINT_COPY", "false",
                "HUB_DELIVERY_POLL_INTERVAL_MS", "500"))) {
            given().baseUri(quick.process().managementUri().toString()).get("/health/ready")
                    .then().statusCode(200).body("checks.find { it.name == 'camel' }.data.'route.referral-expire'", equalTo("Started"));
            Directory quickDirectory = new Directory(quick);
            String from = quickDirectory.activeOrganisation("ngo", "IT");
            String fromToken = quickDirectory.token(from, "partner");
            String recipient = quickDirectory.activeOrganisation("ngo", "IT");
            Directory.Credentials recipientInbox = quickDirectory.client(recipient, "partner");
            String focalPoint = quickDirectory.activeOrganisation("government", "IT");
            Directory.Credentials focalInbox = quickDirectory.client(focalPoint, "partner");
            String focalToken = quick.token(focalInbox.clientId(), focalInbox.clientSecret());
            quick.asAdmin().contentType("application/json").body(Map.of("organisationId", focalPoint))
                    .put("/countries/IT/focal-point").then().statusCode(200);

            String personName = name();
            String id = quick.as(fromToken).contentType("application/json").body(ReferralRequests.shelterReferral(recipient, personName))
                    .post("/referrals").then().statusCode(201)
                    .body("urgent", equalTo(true)).body("focalPoint", nullValue()) // the copy is switched off
                    .extract().path("id");
            String caseId = quick.as(fromToken).get("/referrals/" + id).then().extract().path("caseId");

            await().atMost(ARRIVAL).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                    quick.as(fromToken).get("/referrals/" + id).then().statusCode(200).body("status", equalTo("expired")));
            Map<String, Object> escalation = awaitMessage(quick, focalToken, id);
            assertThat(escalation.get("type")).isEqualTo("escalation");
            @SuppressWarnings("unchecked")
            Map<String, Object> payload = (Map<String, Object>) escalation.get("payload");
            assertThat(payload).containsEntry("referralId", id).containsEntry("caseId", caseId)
                    .containsEntry("urgency", "rapid-response").containsEntry("currentCountry", "IT")
                    .containsEntry("referringOrganisation", from).containsEntry("referredOrganisation", recipient)
                    .containsEntry("assistanceTypes", List.of("shelter")).containsKey("expiredAt")
                    .doesNotContainKeys("person", "currentPlace", "summary");
            String focalInboxListing = quick.as(focalToken).get("/inbox?size=100").asString();
            assertThat(focalInboxListing).doesNotContain(personName);
            // only the escalation: no rapid-response copy with the copy switched off
            assertThat(JsonPath.from(focalInboxListing).getList("items.findAll { it.referralId == '" + id + "' }")).hasSize(1);
            quick.as(focalToken).get("/referrals/" + id).then().statusCode(200)
                    .body("focalPoint", equalTo(focalPoint)).body("status", equalTo("expired")).body("person", nullValue());
            assertThat(quick.asAdmin().get("/audit?targetType=referral&targetId=" + id + "&size=100").asString())
                    .contains("referral.expired").contains("referral.escalated");
            // the recipient's late answer channel still has the referral; it just expired
            String recipientToken = quick.token(recipientInbox.clientId(), recipientInbox.clientSecret());
            quick.as(recipientToken).get("/referrals/" + id).then().statusCode(200).body("status", equalTo("expired"));

            // without a focal point the referral expires all the same, and the missing escalation is audited
            Map<String, Object> elsewhere = ReferralRequests.shelterReferral(recipient, name());
            elsewhere.put("currentCountry", "SI");
            String unescalated = quick.as(fromToken).contentType("application/json").body(elsewhere)
                    .post("/referrals").then().statusCode(201).extract().path("id");
            await().atMost(ARRIVAL).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                    quick.as(fromToken).get("/referrals/" + unescalated).then().statusCode(200).body("status", equalTo("expired")));
            await().atMost(ARRIVAL).untilAsserted(() -> assertThat(
                    quick.asAdmin().get("/audit?targetType=referral&targetId=" + unescalated + "&size=100").asString())
                    .contains("escalation: no focal point for SI"));
        }
    }

    // --- helpers ---

    private static String name() {
        return "Routing" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** The organisation, given an active pull-inbox system so it can be referred to. */
    private String withSystem(String organisation) {
        directory.pullInboxSystem(organisation);
        return organisation;
    }

    private String offering(String first, String second, Integer firstCapacity, Integer secondCapacity) {
        return offering(first, second, firstCapacity, secondCapacity, "HR");
    }

    /** An active NGO with a system that offers two kinds of assistance in the country. */
    private String offering(String first, String second, Integer firstCapacity, Integer secondCapacity, String country) {
        String organisation = withSystem(directory.activeOrganisation("ngo", country));
        service(organisation, first, country, firstCapacity);
        service(organisation, second, country, secondCapacity);
        return organisation;
    }

    private void service(String organisation, String type, String country, Integer capacity) {
        Map<String, Object> body = new HashMap<>(Map.of("assistanceType", type, "country", country, "place", "Zagreb"));
        if (capacity != null) {
            body.put("capacity", capacity);
        }
        hub.asAdmin().contentType("application/json").body(body).post("/organisations/" + organisation + "/services")
                .then().statusCode(201);
    }

    /** A referral without a recipient, whose consent names exactly these organisations. */
    private static Map<String, Object> routed(List<String> types, String country, List<String> consentRecipients) {
        Map<String, Object> body = ReferralRequests.shelterReferral(consentRecipients.get(0), "Routed");
        body.remove("referredOrganisation");
        body.put("assistanceTypes", types);
        body.put("currentCountry", country);
        body.put("urgency", "standard");
        Instant now = Instant.now();
        body.put("consent", Map.of("givenBy", "data-subject", "givenAt", now.minusSeconds(3600).toString(),
                "recipients", consentRecipients, "purpose", "assistance-and-protection",
                "validUntil", now.plus(Duration.ofDays(30)).toString(), "evidenceReference", "form 9"));
        return body;
    }

    private Map<String, Object> awaitMessage(String token, String referralId) {
        return awaitMessage(hub, token, referralId);
    }

    /** The one message about the referral in the token's inbox, once it has arrived. */
    private static Map<String, Object> awaitMessage(Hub on, String token, String referralId) {
        List<Map<String, Object>> found = new ArrayList<>();
        await().atMost(ARRIVAL).pollInterval(Duration.ofMillis(200)).until(() -> {
            found.clear();
            List<Map<String, Object>> items = on.as(token).get("/inbox?size=100").then().statusCode(200).extract().jsonPath().getList("items");
            items.stream().filter(m -> referralId.equals(m.get("referralId"))).forEach(found::add);
            return !found.isEmpty();
        });
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
