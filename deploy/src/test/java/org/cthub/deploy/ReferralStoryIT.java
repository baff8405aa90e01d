package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.cthub.deploy.support.HubProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The referral story end to end, as the issue tells it: an NGO in Bari refers a stranded Moldovan woman for
 * shelter and for return; the hub routes each referral through the service directory (a shelter in Italy, a
 * return project in Italy), the recipients answer and the NGO hears of each step; after the return the NGO
 * refers her for reintegration in Moldova, to a Moldovan NGO, linked by the case; its follow-ups fall due and,
 * left unanswered, are listed as overdue for the NGO and for the Return and Reintegration working group.
 * It runs on a second node of the shared hub's database whose follow-up schedule is seconds, not months.
 */
@ExtendWith(HubExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralStoryIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(60);
    // Capacities above anything another test registers, so the directory's ranking picks this story's partners.
    private static final int CAPACITY = 9_000;
    private static final String RETURN_AND_REINTEGRATION = "20000000-0000-4000-8000-000000000001";
    private static final String CASE_REFERENCE = "BARI-2026-" + UUID.randomUUID().toString().substring(0, 8);

    private Hub hub;
    private HubProcess node;
    private Directory directory;

    private String bari;
    private String bariToken;
    private String shelter;
    private String shelterToken;
    private String iomItaly;
    private String iomItalyToken;
    private String moldovanNgo;
    private String moldovanNgoToken;
    private String secretariatToken;
    private String bystanderToken;

    @BeforeAll
    void setUp(Hub hub) {
        this.hub = hub;
        directory = new Directory(hub);
        node = new HubProcess("story-node", hub.environment(Map.of(
                "HUB_DELIVERY_CHANNELS", "pull-inbox",
                // Reintegration follow-ups fall due seconds, not months, after the acceptance.
                "HUB_REFERRAL_FOLLOW_UP_INTERVALS", "PT2S,PT4S,PT6S"))).start();
        bari = directory.activeOrganisation("ngo", "IT");
        bariToken = directory.token(bari, "partner");
        shelter = directory.activeOrganisation("ngo", "IT");
        offers(shelter, "shelter", "IT", "Bari");
        shelterToken = directory.token(shelter, "partner");
        iomItaly = directory.activeOrganisation("international-organisation", "IT");
        offers(iomItaly, "return", "IT", "Rome");
        iomItalyToken = directory.token(iomItaly, "partner");
        moldovanNgo = directory.activeOrganisation("ngo", "MD");
        offers(moldovanNgo, "reintegration", "MD", "Chișinău");
        moldovanNgoToken = directory.token(moldovanNgo, "partner");
        bystanderToken = directory.token(directory.activeOrganisation("ngo", "MD"), "partner");
        String secretariat = directory.activeOrganisation("working-group-secretariat", "MD");
        hub.asAdmin().contentType("application/json").body(Map.of("organisationId", secretariat))
                .post("/working-groups/" + RETURN_AND_REINTEGRATION + "/members").then().statusCode(201);
        secretariatToken = directory.token(secretariat, "secretariat");
    }

    private void offers(String organisation, String assistanceType, String country, String place) {
        hub.asAdmin().contentType("application/json")
                .body(Map.of("assistanceType", assistanceType, "country", country, "place", place, "capacity", CAPACITY))
                .post("/organisations/" + organisation + "/services").then().statusCode(201);
    }

    private RequestSpecification on(String token) {
        return RestAssured.given().baseUri(node.baseUri().toString()).auth().oauth2(token);
    }

    /** A referral with no recipient named, for the hub to route: consent to NGOs and international organisations. */
    private Map<String, Object> referral(List<String> assistance, String currentCountry, String place, String purpose, String trmStage) {
        Instant now = Instant.now();
        Map<String, Object> body = new HashMap<>();
        body.put("caseReference", CASE_REFERENCE);
        body.put("assistanceTypes", assistance);
        body.put("urgency", "standard");
        body.put("currentCountry", currentCountry);
        body.put("currentPlace", place);
        body.put("destinationCountry", "MD");
        body.put("trmStage", trmStage);
        body.put("purpose", purpose);
        body.put("summary", "Stranded after the season ended; asks to go home.");
        body.put("person", Map.of("firstName", "Ana", "secondName", "Storytest", "gender", "feminine",
                "citizenship", List.of("MD"), "primaryLanguage", "rum"));
        body.put("consent", Map.of("givenBy", "data-subject", "givenAt", now.minusSeconds(600).toString(),
                "recipientTypes", List.of("ngo", "international-organisation"), "purpose", purpose,
                "validUntil", now.plus(Duration.ofDays(365)).toString(), "evidenceReference", "signed form BARI-7"));
        return body;
    }

    private JsonPath submitted(Map<String, Object> body) {
        return on(bariToken).contentType("application/json").body(body).post("/referrals")
                .then().log().ifValidationFails().statusCode(201).body("routedBy", equalTo("service-directory")).extract().jsonPath();
    }

    /** Waits for the message of the type about the referral in the token's inbox, acknowledges it, returns it. */
    private JsonPath message(String token, String type, String referralId, String status) {
        JsonPath[] found = new JsonPath[1];
        await().atMost(ARRIVAL).pollInterval(Duration.ofMillis(250)).until(() -> {
            JsonPath inbox = on(token).get("/inbox?size=100").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = inbox.getList("items");
            for (int i = 0; i < items.size(); i++) {
                String prefix = "items[" + i + "].";
                if (type.equals(inbox.getString(prefix + "type")) && referralId.equals(inbox.getString(prefix + "referralId"))
                        && (status == null || status.equals(inbox.getString(prefix + "payload.status")))) {
                    found[0] = JsonPath.from(inbox.prettify()).setRootPath("items[" + i + "]");
                    return true;
                }
            }
            return false;
        });
        on(token).post("/inbox/" + found[0].getString("messageId") + "/ack").then().statusCode(204);
        return found[0];
    }

    private void answer(String token, String referralId, String answer) {
        on(token).contentType("application/json").body(Map.of("answer", answer))
                .post("/referrals/" + referralId + "/answers").then().statusCode(200);
    }

    /** The recipient takes the referral from its inbox and answers each step; the sender hears of each. */
    private void carriedThrough(String recipientToken, String referralId) {
        JsonPath arrived = message(recipientToken, "referral", referralId, null);
        assertThat(arrived.getString("payload.person.firstName")).isEqualTo("Ana");
        answer(recipientToken, referralId, "accept");
        message(bariToken, "referral-update", referralId, "accepted");
        answer(recipientToken, referralId, "in-progress");
        message(bariToken, "referral-update", referralId, "in-progress");
        answer(recipientToken, referralId, "complete");
        message(bariToken, "referral-update", referralId, "completed");
    }

    @Test
    void strandedInItalyShelteredReturnedAndFollowedUpInMoldova() {
        // 1. Shelter in Italy, chosen by the directory.
        JsonPath shelterReferral = submitted(referral(List.of("shelter"), "IT", "Bari", "assistance-and-protection",
                "first-assistance-and-protection"));
        assertThat(shelterReferral.getString("referredOrganisation")).isEqualTo(shelter);
        String caseId = shelterReferral.getString("caseId");
        carriedThrough(shelterToken, shelterReferral.getString("id"));

        // 2. Return, delinked from reintegration: a return project in the destination country.
        JsonPath returnReferral = submitted(referral(List.of("return"), "IT", "Bari", "return", "return-and-social-inclusion"));
        assertThat(returnReferral.getString("referredOrganisation")).isEqualTo(iomItaly);
        assertThat(returnReferral.getString("caseId")).isEqualTo(caseId);
        carriedThrough(iomItalyToken, returnReferral.getString("id"));

        // 3. Back in Moldova: reintegration, a second referral for the same case, to a Moldovan NGO.
        JsonPath reintegration = submitted(referral(List.of("reintegration"), "MD", "Chișinău", "reintegration",
                "return-and-social-inclusion"));
        String reintegrationId = reintegration.getString("id");
        assertThat(reintegration.getString("referredOrganisation")).isEqualTo(moldovanNgo);
        assertThat(reintegration.getString("caseId")).isEqualTo(caseId);
        message(moldovanNgoToken, "referral", reintegrationId, null);
        answer(moldovanNgoToken, reintegrationId, "accept");
        message(bariToken, "referral-update", reintegrationId, "accepted");

        // The case links the three referrals, for the NGO that sent them.
        assertThat(on(bariToken).get("/referrals?caseId=" + caseId).then().statusCode(200).extract().jsonPath()
                .getList("items.id", String.class)).containsExactlyInAnyOrder(shelterReferral.getString("id"),
                returnReferral.getString("id"), reintegrationId);

        // 4. Compulsory monitoring: three follow-ups fall due; the first is reported, the others become overdue.
        List<String> due = on(moldovanNgoToken).get("/referrals/" + reintegrationId + "/follow-ups").then().statusCode(200)
                .extract().jsonPath().getList("items.dueAt", String.class);
        assertThat(due).hasSize(3);
        on(moldovanNgoToken).contentType("application/json")
                .body(Map.of("wellbeing", "stable", "situation", List.of("housing", "family"), "notes", "Settled with family."))
                .post("/referrals/" + reintegrationId + "/follow-ups/1").then().statusCode(200);
        await().atMost(ARRIVAL).pollInterval(Duration.ofMillis(500)).until(() ->
                overdue(bariToken, reintegrationId).size() == 2);
        assertThat(overdue(bariToken, reintegrationId)).containsExactlyInAnyOrder(2, 3);
        // the R&R secretariat sees that the Moldovan NGO owes reports 2 and 3, not which referral or case they are about
        JsonPath monitored = on(secretariatToken).get("/follow-ups/overdue?size=100").then().statusCode(200).extract().jsonPath();
        assertThat(monitored.getList("items.findAll { it.recipientOrganisation == '" + moldovanNgo + "' }.sequence", Integer.class))
                .containsExactlyInAnyOrder(2, 3);
        assertThat(monitored.getList("items.referralId")).containsOnlyNulls();
        assertThat(monitored.getList("items.caseId")).containsOnlyNulls();
        assertThat(overdue(bystanderToken, reintegrationId)).isEmpty();
        assertThat(on(secretariatToken).get("/follow-ups/overdue?size=100").asString()).doesNotContain("Ana", "Storytest", "Chișinău");
    }

    private List<Integer> overdue(String token, String referralId) {
        JsonPath page = on(token).get("/follow-ups/overdue?size=100").then().statusCode(200).extract().jsonPath();
        return page.getList("items.findAll { it.referralId == '" + referralId + "' }.sequence", Integer.class);
    }

    @AfterAll
    void stopNode() {
        node.close();
    }
}
