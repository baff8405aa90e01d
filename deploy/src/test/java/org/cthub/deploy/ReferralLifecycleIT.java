package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.cthub.deploy.support.HubProcess;
import org.cthub.deploy.support.ReferralRequests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A referral after its submission, over HTTP on PostgreSQL: the recipient answers and the sender's inbox
 * hears of each answer; only the recipient answers, and only as the lifecycle allows; a withdrawn consent
 * cancels what has not arrived and tells the holders to delete their copy; an accepted reintegration's
 * follow-ups fall due and are listed overdue for its parties and the Return and Reintegration secretariat.
 */
@ExtendWith(HubExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralLifecycleIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    /** IOM, seeded as chair of the Return and Reintegration working group. */
    private static final String IOM = "10000000-0000-4000-8000-000000000001";
    /** UNICEF, seeded, not in the Return and Reintegration working group. */
    private static final String UNICEF = "10000000-0000-4000-8000-000000000002";

    private Hub hub;
    private Directory directory;
    private String sender;
    private String senderToken;
    private String recipient;
    private String recipientToken;
    private String otherToken;

    @BeforeAll
    void setUp(Hub hub) {
        this.hub = hub;
        directory = new Directory(hub);
        sender = directory.activeOrganisation("ngo", "IT");
        senderToken = directory.token(sender, "partner");
        recipient = directory.activeOrganisation("ngo", "IT");
        recipientToken = directory.token(recipient, "partner");
        otherToken = directory.token(directory.activeOrganisation("ngo", "MD"), "partner");
    }

    private String submit(String to, String firstName, String assistanceType) {
        Map<String, Object> body = ReferralRequests.shelterReferral(to, firstName);
        body.put("assistanceTypes", List.of(assistanceType));
        return hub.as(senderToken).contentType("application/json").body(body)
                .post("/referrals").then().statusCode(201).extract().path("id");
    }

    private static String name() {
        return "Life" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static io.restassured.response.ValidatableResponse answer(RequestSpecification as, String referralId, Map<String, ?> body) {
        return as.contentType("application/json").body(body).post("/referrals/" + referralId + "/answers").then();
    }

    /** The inbox messages of this type about the referral, once {@code count} have arrived. */
    private List<Map<String, Object>> awaitMessages(String token, String referralId, String type, int count) {
        List<Map<String, Object>> found = new ArrayList<>();
        await().atMost(ARRIVAL).pollInterval(Duration.ofMillis(200)).until(() -> {
            found.clear();
            List<Map<String, Object>> items = hub.as(token).get("/inbox?size=100").then().statusCode(200).extract().jsonPath().getList("items");
            items.stream().filter(m -> referralId.equals(m.get("referralId")) && type.equals(m.get("type"))).forEach(found::add);
            return found.size() >= count;
        });
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(Map<String, Object> message) {
        return (Map<String, Object>) message.get("payload");
    }

    @Test
    void theSendersInboxHearsOfEachAnswerWithoutPersonalData() {
        String firstName = name();
        String id = submit(recipient, firstName, "shelter");
        String caseId = hub.as(senderToken).get("/referrals/" + id).then().statusCode(200).extract().path("caseId");
        // pulled, not yet acknowledged: the referral is still submitted when the recipient accepts it
        awaitMessages(recipientToken, id, "referral", 1);

        answer(hub.as(recipientToken), id, Map.of("answer", "accept")).statusCode(200)
                .body("status", equalTo("accepted")).body("answers", hasSize(1)).body("answers[0].answer", equalTo("accept"))
                .body("person", nullValue()).body("deliveries", nullValue());
        Map<String, Object> update = awaitMessages(senderToken, id, "referral-update", 1).get(0);
        assertThat(payload(update)).containsEntry("referralId", id).containsEntry("caseId", caseId)
                .containsEntry("status", "accepted").containsEntry("answer", "accept").containsKey("at")
                .doesNotContainKeys("person", "currentPlace", "summary");
        assertThat(hub.as(senderToken).get("/inbox?size=100").asString()).doesNotContain(firstName);

        answer(hub.as(recipientToken), id, Map.of("answer", "in-progress")).statusCode(200).body("status", equalTo("in-progress"));
        answer(hub.as(recipientToken), id, Map.of("answer", "complete", "reason", "Safely returned")).statusCode(200)
                .body("status", equalTo("completed"));
        List<Map<String, Object>> updates = awaitMessages(senderToken, id, "referral-update", 3);
        assertThat(updates).extracting(m -> payload(m).get("status")).containsExactlyInAnyOrder("accepted", "in-progress", "completed");
        assertThat(updates).extracting(m -> m.get("messageId")).doesNotHaveDuplicates();

        hub.as(senderToken).get("/referrals/" + id).then().statusCode(200)
                .body("status", equalTo("completed")).body("answers.answer", equalTo(List.of("accept", "in-progress", "complete")))
                .body("answers[2].reason", equalTo("Safely returned"));
        // acknowledged, an update leaves the sender's inbox like any message
        String messageId = (String) update.get("messageId");
        hub.as(senderToken).post("/inbox/" + messageId + "/ack").then().statusCode(204);
        assertThat(hub.as(senderToken).get("/inbox?size=100").asString()).doesNotContain(messageId);
    }

    @Test
    void statusChangesRewriteNoPersonalFieldAndAnAcknowledgementDelivers() throws Exception {
        String firstName = name();
        String id = submit(recipient, firstName, "shelter");
        String etag = hub.as(senderToken).get("/referrals/" + id).then().statusCode(200).body("status", equalTo("submitted"))
                .extract().header("ETag");
        List<String> ciphertexts = personalColumns(id);
        assertThat(ciphertexts).as("stored encrypted").isNotEmpty().noneMatch(value -> value.contains(firstName));

        // the recipient's system acknowledges the message: the referral is delivered, and its version moves
        String messageId = (String) awaitMessages(recipientToken, id, "referral", 1).get(0).get("messageId");
        hub.as(recipientToken).post("/inbox/" + messageId + "/ack").then().statusCode(204);
        String delivered = hub.as(senderToken).get("/referrals/" + id).then().statusCode(200).body("status", equalTo("delivered"))
                .extract().header("ETag");
        assertThat(delivered).isNotEqualTo(etag);
        answer(hub.as(recipientToken), id, Map.of("answer", "accept")).statusCode(200).body("status", equalTo("accepted"));

        // neither change re-encrypted (and rewrote) a personal field: the stored ciphertexts are the same bytes
        assertThat(personalColumns(id)).isEqualTo(ciphertexts);
        hub.as(senderToken).get("/referrals/" + id).then().statusCode(200).body("person.firstName", equalTo(firstName));
    }

    /** The referral's encrypted columns as stored, in a fixed order (nulls left out). */
    private List<String> personalColumns(String referralId) throws Exception {
        try (Connection db = hub.database().connect(); PreparedStatement query = db.prepareStatement(
                "SELECT current_place, summary, person_first_name, person_second_name, person_birthdate, person_gender,"
                        + " person_citizenship, person_primary_language FROM referral WHERE id = ?")) {
            query.setObject(1, UUID.fromString(referralId));
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    if (row.getString(i) != null) {
                        values.add(row.getString(i));
                    }
                }
                return values;
            }
        }
    }

    @Test
    void aDeclineNeedsAReasonWhichTheSenderSees() {
        String id = submit(recipient, name(), "shelter");
        // bad inputs: no reason, a blank one, one over 1000 characters
        answer(hub.as(recipientToken), id, Map.of("answer", "decline")).statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("reason"));
        answer(hub.as(recipientToken), id, Map.of("answer", "decline", "reason", "  ")).statusCode(422);
        answer(hub.as(recipientToken), id, Map.of("answer", "decline", "reason", "x".repeat(1001))).statusCode(422);
        hub.as(senderToken).get("/referrals/" + id).then().body("answers", hasSize(0));

        answer(hub.as(recipientToken), id, Map.of("answer", "decline", "reason", "No capacity this month")).statusCode(200)
                .body("status", equalTo("declined")).body("declineReason", equalTo("No capacity this month"));
        Map<String, Object> update = awaitMessages(senderToken, id, "referral-update", 1).get(0);
        assertThat(payload(update)).containsEntry("status", "declined").containsEntry("reason", "No capacity this month");
        hub.as(senderToken).get("/referrals/" + id).then().body("declineReason", equalTo("No capacity this month"));
    }

    @Test
    void refusesMovesTheLifecycleDoesNotAllowNamingTheAllowedOnes() {
        String id = submit(recipient, name(), "shelter");
        answer(hub.as(recipientToken), id, Map.of("answer", "complete")).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("[accept, decline]"));
        answer(hub.as(recipientToken), id, Map.of("answer", "accept")).statusCode(200);
        answer(hub.as(recipientToken), id, Map.of("answer", "accept")).statusCode(409).body("detail", containsString("[in-progress]"));
        answer(hub.as(recipientToken), id, Map.of("answer", "decline", "reason", "Changed our mind")).statusCode(409);
        // bad inputs: an unknown answer code, no answer at all
        answer(hub.as(recipientToken), id, Map.of("answer", "maybe")).statusCode(422).contentType("application/problem+json");
        answer(hub.as(recipientToken), id, Map.of("reason", "none")).statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyTheRecipientAnswers() {
        String id = submit(recipient, name(), "shelter");
        answer(hub.as(senderToken), id, Map.of("answer", "accept")).statusCode(403).contentType("application/problem+json");
        answer(hub.as(otherToken), id, Map.of("answer", "accept")).statusCode(404).contentType("application/problem+json");
        answer(hub.as(recipientToken), UUID.randomUUID().toString(), Map.of("answer", "accept")).statusCode(404);
        hub.as(senderToken).get("/referrals/" + id).then().body("status", equalTo("submitted")).body("answers", hasSize(0));
    }

    @Test
    void withdrawnConsentCancelsWhatHasNotArrivedAndTellsTheHoldersToDelete() {
        String holder = directory.activeOrganisation("ngo", "IT");
        Directory.Credentials inbox = directory.client(holder, "partner");
        String holderToken = hub.token(inbox.clientId(), inbox.clientSecret());
        // the shared hub leaves webhooks to other nodes: this delivery stays pending, as to a receiver that is down
        String webhookSystem = hub.asAdmin().contentType("application/json")
                .body(Map.of("name", "Case system", "channel", "webhook", "formats", List.of("application/json"),
                        "webhook", Map.of("url", "https://cases.holder.example.org/cthub")))
                .post("/organisations/" + holder + "/systems").then().statusCode(201).extract().path("id");
        String firstName = name();
        String id = submit(holder, firstName, "shelter");
        String referralMessage = (String) awaitMessages(holderToken, id, "referral", 1).get(0).get("messageId");
        hub.as(holderToken).post("/inbox/" + referralMessage + "/ack").then().statusCode(204);

        hub.as(senderToken).post("/referrals/" + id + "/consent/withdrawal").then().statusCode(200)
                .body("consent.withdrawnAt", org.hamcrest.Matchers.notNullValue())
                .body("deliveries.find { it.partnerSystemId == '" + webhookSystem + "' }.status", equalTo("cancelled"))
                .body("deliveries.find { it.partnerSystemId == '" + inbox.systemId() + "' }.status", equalTo("delivered"));

        Map<String, Object> notice = awaitMessages(holderToken, id, "consent-withdrawn", 1).get(0);
        assertThat(payload(notice)).containsEntry("referralId", id).containsKeys("caseId", "at")
                .doesNotContainKeys("person", "status");
        assertThat((String) payload(notice).get("instruction")).contains("delete your copy");
        assertThat(hub.as(holderToken).get("/inbox?size=100").asString()).doesNotContain(firstName);
        hub.as(holderToken).get("/referrals/" + id).then().statusCode(200).body("person", nullValue());

        // cancelled for good: not a dead letter to replay, still cancelled when read again
        assertThat(hub.asAdmin().get("/deliveries/dead-letters?size=100").asString()).doesNotContain(id);
        hub.as(senderToken).get("/referrals/" + id).then()
                .body("deliveries.find { it.partnerSystemId == '" + webhookSystem + "' }.status", equalTo("cancelled"));
        // a recipient may still close the referral, not take the person on
        answer(hub.as(holderToken), id, Map.of("answer", "accept")).statusCode(409).body("detail", containsString("withdrew consent"));
        answer(hub.as(holderToken), id, Map.of("answer", "decline", "reason", "Consent withdrawn")).statusCode(200);
    }

    @Test
    void followUpsFallDueAndAreListedOverdueForThePartiesAndTheReturnAndReintegrationSecretariat() {
        String iomSecretariat = directory.token(IOM, "secretariat");
        String unicefSecretariat = directory.token(UNICEF, "secretariat");
        try (HubProcess node = new HubProcess("follow-up-node", hub.environment(Map.of(
                "HUB_DELIVERY_CHANNELS", "pull-inbox", "HUB_REFERRAL_FOLLOW_UP_INTERVALS", "PT2S,P30D"))).start()) {
            RequestSpecification asRecipient = RestAssured.given().baseUri(node.baseUri().toString()).auth().oauth2(recipientToken);
            String id = submit(recipient, name(), "reintegration");
            String other = submit(recipient, name(), "shelter");
            answer(asRecipient, other, Map.of("answer", "accept")).statusCode(200);
            hub.as(senderToken).get("/referrals/" + other + "/follow-ups").then().statusCode(200).body("items", hasSize(0));

            answer(asRecipient, id, Map.of("answer", "accept")).statusCode(200);
            hub.as(senderToken).get("/referrals/" + id + "/follow-ups").then().statusCode(200)
                    .body("items", hasSize(2)).body("items.sequence", equalTo(List.of(1, 2))).body("items[0].submittedAt", nullValue());
            hub.as(otherToken).get("/referrals/" + id + "/follow-ups").then().statusCode(404);

            await().atMost(ARRIVAL).pollInterval(Duration.ofMillis(500)).until(() -> overdue(senderToken).contains(id + "#1"));
            assertThat(overdue(senderToken)).doesNotContain(id + "#2");
            assertThat(overdue(recipientToken)).contains(id + "#1");
            // the secretariat sees the organisation's duty, not the referral or case
            assertThat(overdueOwedBy(iomSecretariat, recipient)).contains(1);
            assertThat(overdue(otherToken)).doesNotContain(id + "#1");
            hub.as(unicefSecretariat).get("/follow-ups/overdue").then().statusCode(403).contentType("application/problem+json");
            String listed = hub.as(iomSecretariat).get("/follow-ups/overdue?size=100").asString();
            assertThat(listed).contains("\"recipientOrganisation\":\"" + recipient + "\"").contains("daysOverdue").doesNotContain("person")
                    .doesNotContain(id).doesNotContain("caseId");

            // bad inputs: the sender reports, an unknown wellbeing or area, no wellbeing, a report that does not exist
            submitFollowUp(senderToken, id, 1, Map.of("wellbeing", "stable")).statusCode(403);
            submitFollowUp(recipientToken, id, 1, Map.of("wellbeing", "fine")).statusCode(422);
            submitFollowUp(recipientToken, id, 1, Map.of("wellbeing", "stable", "situation", List.of("lottery"))).statusCode(422);
            submitFollowUp(recipientToken, id, 1, Map.of("notes", "no wellbeing")).statusCode(400);
            submitFollowUp(recipientToken, id, 3, Map.of("wellbeing", "stable")).statusCode(404);
            submitFollowUp(otherToken, id, 1, Map.of("wellbeing", "stable")).statusCode(404);

            submitFollowUp(recipientToken, id, 1, Map.of("wellbeing", "improving", "situation", List.of("housing", "health"),
                    "notes", "Vocational course started")).statusCode(200)
                    .body("wellbeing", equalTo("improving")).body("situation", equalTo(List.of("health", "housing")))
                    .body("overdue", equalTo(false));
            submitFollowUp(recipientToken, id, 1, Map.of("wellbeing", "stable")).statusCode(409);
            assertThat(overdue(senderToken)).doesNotContain(id + "#1");
            assertThat(overdueOwedBy(iomSecretariat, recipient)).doesNotContain(1);
        }
    }

    private io.restassured.response.ValidatableResponse submitFollowUp(String token, String id, int sequence, Map<String, ?> body) {
        return hub.as(token).contentType("application/json").body(body).post("/referrals/" + id + "/follow-ups/" + sequence).then();
    }

    /** The numbers of the overdue reports the organisation owes, as a secretariat sees them (no referral, no case). */
    private List<Integer> overdueOwedBy(String token, String organisation) {
        return hub.as(token).get("/follow-ups/overdue?size=100").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.recipientOrganisation == '" + organisation + "' }.sequence", Integer.class);
    }

    /** The overdue reports the caller sees, as "referralId#sequence". */
    private List<String> overdue(String token) {
        List<String> seen = new ArrayList<>();
        for (int page = 0; ; page++) {
            var json = hub.as(token).get("/follow-ups/overdue?size=100&page=" + page).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = json.getList("items");
            items.forEach(item -> seen.add(item.get("referralId") + "#" + item.get("sequence")));
            if (items.size() < 100) {
                return seen;
            }
        }
    }

    @Test
    void theSenderWithdrawsAReferralAndItsHoldersAreTold() {
        String firstName = name();
        String id = submit(recipient, firstName, "shelter");
        awaitMessages(recipientToken, id, "referral", 1);
        answer(hub.as(recipientToken), id, Map.of("answer", "accept")).statusCode(200);
        // bad inputs: the recipient withdrawing (it declines instead), an organisation that is no party
        hub.as(recipientToken).post("/referrals/" + id + "/withdrawal").then().statusCode(403).contentType("application/problem+json");
        hub.as(otherToken).post("/referrals/" + id + "/withdrawal").then().statusCode(404);

        hub.as(senderToken).post("/referrals/" + id + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("withdrawn")).body("person", nullValue());
        Map<String, Object> update = awaitMessages(recipientToken, id, "referral-update", 1).get(0);
        assertThat(payload(update)).containsEntry("status", "withdrawn").doesNotContainKeys("person", "currentPlace", "summary");
        hub.as(recipientToken).get("/referrals/" + id).then().statusCode(200)
                .body("status", equalTo("withdrawn")).body("person", nullValue())
                .body("personalDataWithheld", containsString("withdrew the referral"));
        assertThat(hub.as(recipientToken).get("/referrals/" + id).asString()).doesNotContain(firstName);
        hub.as(senderToken).get("/referrals/" + id).then().statusCode(200).body("person.firstName", equalTo(firstName));
        // nothing left to answer; withdrawing again changes nothing
        answer(hub.as(recipientToken), id, Map.of("answer", "in-progress")).statusCode(409);
        hub.as(senderToken).post("/referrals/" + id + "/withdrawal").then().statusCode(200).body("status", equalTo("withdrawn"));

        // a declined referral cannot be withdrawn
        String declined = submit(recipient, name(), "shelter");
        answer(hub.as(recipientToken), declined, Map.of("answer", "decline", "reason", "No capacity")).statusCode(200);
        hub.as(senderToken).post("/referrals/" + declined + "/withdrawal").then().statusCode(409)
                .contentType("application/problem+json");
    }
}
