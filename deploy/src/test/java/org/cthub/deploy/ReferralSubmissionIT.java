package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Submitting and reading referrals over HTTP on PostgreSQL: an NGO in Italy refers a stranded Moldovan woman
 * to an Italian shelter NGO under her consent, and nobody else ever sees who she is.
 */
@ExtendWith(HubExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralSubmissionIT {

    private Hub hub;
    private Directory directory;
    private String referringNgo;
    private String shelter;
    private String thirdPartner;
    private String senderToken;
    private String shelterToken;
    private String thirdToken;

    @BeforeAll
    void setUp(Hub hub) {
        this.hub = hub;
        directory = new Directory(hub);
        referringNgo = directory.activeOrganisation("ngo", "IT");
        shelter = directory.activeOrganisation("ngo", "IT");
        thirdPartner = directory.activeOrganisation("ngo", "MD");
        senderToken = directory.token(referringNgo, "partner");
        shelterToken = directory.token(shelter, "partner");
        thirdToken = directory.token(thirdPartner, "partner");
    }

    /** A name nobody else uses, so finding it anywhere means personal data leaked there. */
    private static String canary() {
        return "Canary" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
    }

    private static Map<String, Object> consent(List<String> recipients, Instant givenAt, Instant validUntil) {
        Map<String, Object> consent = new HashMap<>();
        consent.put("givenBy", "data-subject");
        consent.put("givenAt", givenAt.toString());
        consent.put("recipients", recipients);
        consent.put("purpose", "assistance-and-protection");
        consent.put("validUntil", validUntil.toString());
        consent.put("evidenceReference", "consent form 2026/017");
        return consent;
    }

    private Map<String, Object> referral(String firstName, String caseReference, Map<String, Object> consent) {
        Map<String, Object> body = new HashMap<>();
        body.put("referredOrganisation", shelter);
        if (caseReference != null) {
            body.put("caseReference", caseReference);
        }
        body.put("assistanceTypes", List.of("shelter", "medical"));
        body.put("urgency", "rapid-response");
        body.put("currentCountry", "IT");
        body.put("currentPlace", "Bari " + firstName);
        body.put("destinationCountry", "MD");
        body.put("trmStage", "first-assistance-and-protection");
        body.put("purpose", "assistance-and-protection");
        body.put("summary", "Stranded after leaving her employer; " + firstName + " needs a safe place tonight.");
        body.put("person", Map.of("firstName", firstName, "secondName", "Example", "birthdate", "2001-04-17", "gender", "feminine",
                "citizenship", List.of("MD"), "primaryLanguage", "rum", "mobilePhone", "+37360000000"));
        body.put("consent", consent);
        return body;
    }

    private Map<String, Object> coveredReferral(String firstName, String caseReference) {
        Instant now = Instant.now();
        return referral(firstName, caseReference, consent(List.of(shelter), now.minus(Duration.ofHours(2)), now.plus(Duration.ofDays(90))));
    }

    private Response submit(String token, Object body) {
        return hub.as(token).contentType("application/json").body(body).post("/referrals");
    }

    private String submitted(Object body) {
        return submit(senderToken, body).then().statusCode(201).extract().path("id");
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection db = hub.database().connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, UUID.fromString(parameter));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void refersAMoldovanWomanToAnItalianShelterWhoReadsHerDetails() {
        String name = canary();
        Response created = submit(senderToken, coveredReferral(name, null));
        created.then().statusCode(201)
                .header("Location", containsString("/referrals/"))
                .body("caseId", matchesPattern("CASE-[0-9A-Z]{12}"))
                .body("status", equalTo("submitted"))
                .body("referringOrganisation", equalTo(referringNgo))
                .body("referredOrganisation", equalTo(shelter))
                .body("person", nullValue());
        assertThat(created.asString()).doesNotContain(name);
        String id = created.path("id");

        hub.as(shelterToken).get("/referrals/" + id).then().statusCode(200)
                .body("person.firstName", equalTo(name))
                .body("person.citizenship", hasItem("MD"))
                .body("person.gender", equalTo("feminine"))
                .body("currentPlace", equalTo("Bari " + name))
                .body("consent.evidenceReference", nullValue())
                .body("personalDataWithheld", nullValue());
        hub.as(senderToken).get("/referrals/" + id).then().statusCode(200)
                .body("person.firstName", equalTo(name))
                .body("consent.evidenceReference", equalTo("consent form 2026/017"));
        hub.as(shelterToken).get("/referrals?size=100").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void hidesAReferralFromAPartnerThatIsNotPartyToIt() {
        String id = submitted(coveredReferral(canary(), null));
        hub.as(thirdToken).get("/referrals/" + id).then().statusCode(404)
                .body("type", equalTo("urn:cthub:problem:record-not-found"));
        hub.as(thirdToken).get("/referrals/" + UUID.randomUUID()).then().statusCode(404);
        hub.as(thirdToken).post("/referrals/" + id + "/consent/withdrawal").then().statusCode(404);
        hub.as(thirdToken).get("/referrals?size=100").then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void showsTheHubOperatorMetadataWithoutPersonalFields() {
        String name = canary();
        String id = submitted(coveredReferral(name, null));
        Response read = hub.asAdmin().get("/referrals/" + id);
        read.then().statusCode(200)
                .body("caseId", notNullValue())
                .body("referredOrganisation", equalTo(shelter))
                .body("person", nullValue())
                .body("summary", nullValue())
                .body("currentPlace", nullValue())
                .body("personalDataWithheld", containsString("operator"));
        assertThat(read.asString()).doesNotContain(name);
        Response list = hub.asAdmin().get("/referrals?size=100");
        list.then().statusCode(200).body("items.id", hasItem(id));
        assertThat(list.asString()).doesNotContain(name);
    }

    @Test
    void stopsServingPersonalFieldsToTheRecipientOnceConsentIsWithdrawn() {
        String name = canary();
        String id = submitted(coveredReferral(name, null));
        hub.as(shelterToken).get("/referrals/" + id).then().statusCode(200).body("person.firstName", equalTo(name));

        hub.as(shelterToken).post("/referrals/" + id + "/consent/withdrawal").then().statusCode(403);
        hub.as(senderToken).post("/referrals/" + id + "/consent/withdrawal").then().statusCode(200)
                .body("consent.withdrawnAt", notNullValue());

        Response afterwards = hub.as(shelterToken).get("/referrals/" + id);
        afterwards.then().statusCode(200)
                .body("person", nullValue())
                .body("personalDataWithheld", containsString("withdrawn"));
        assertThat(afterwards.asString()).doesNotContain(name);
        hub.as(senderToken).get("/referrals/" + id).then().statusCode(200).body("person.firstName", equalTo(name));
        hub.as(senderToken).post("/referrals/" + id + "/consent/withdrawal").then().statusCode(200);
    }

    @Test
    void refusesAConsentThatDoesNotCoverTheRecipientAndStoresNothing() throws SQLException {
        String lonelyNgo = directory.activeOrganisation("ngo", "IT");
        String token = directory.token(lonelyNgo, "partner");
        Instant now = Instant.now();
        Map<String, Object> body = referral(canary(), "LONELY-1", consent(List.of(thirdPartner), now.minusSeconds(60), now.plus(Duration.ofDays(30))));
        submit(token, body).then().statusCode(422)
                .body("type", equalTo("urn:cthub:problem:rule-violation"))
                .body("detail", containsString("does not name the recipient"))
                .body("detail", containsString("Nothing was stored"));
        assertThat(count("select count(*) from referral where referring_organisation_id = ?", lonelyNgo)).isZero();
        assertThat(count("select count(*) from referral_case where opened_by = ?", lonelyNgo)).isZero();
        assertThat(count("select count(*) from referral_submission_key where referring_organisation_id = ?", lonelyNgo)).isZero();
    }

    @Test
    void refusesAnExpiredConsent() {
        Instant now = Instant.now();
        Map<String, Object> body = referral(canary(), null, consent(List.of(shelter), now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(1))));
        submit(senderToken, body).then().statusCode(422).body("detail", containsString("expired"));
    }

    @Test
    void refusesAConsentForAnotherPurpose() {
        Instant now = Instant.now();
        Map<String, Object> consent = consent(List.of(shelter), now.minusSeconds(60), now.plus(Duration.ofDays(30)));
        consent.put("purpose", "legal-proceedings");
        submit(senderToken, referral(canary(), null, consent)).then().statusCode(422).body("detail", containsString("another purpose"));
    }

    @Test
    void answersAReplayedIdempotencyKeyWithTheFirstReferral() throws SQLException {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = coveredReferral(canary(), null);
        String first = hub.as(senderToken).header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/referrals").then().statusCode(201).extract().path("id");
        hub.as(senderToken).header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/referrals").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        assertThat(count("select count(*) from referral_submission_key where referral_id = ?", first)).isEqualTo(1);

        Map<String, Object> other = new HashMap<>(body);
        other.put("urgency", "standard");
        hub.as(senderToken).header("Idempotency-Key", key).contentType("application/json").body(other)
                .post("/referrals").then().statusCode(422)
                .body("detail", containsString("different body"));
    }

    @Test
    void answersConcurrentRetriesOfOneSubmissionWithOneReferral() throws Exception {
        String key = UUID.randomUUID().toString();
        String reference = "RACE-" + UUID.randomUUID();
        Map<String, Object> body = coveredReferral(canary(), reference);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> hub.as(senderToken).header("Idempotency-Key", key).contentType("application/json")
                        .body(body).post("/referrals")));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (java.util.concurrent.Future<Response> answer : answers) {
                Response response = answer.get();
                assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
                ids.add(response.path("id"));
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void auditsEveryOneOfManyConcurrentReadsBeforeAnsweringIt() throws Exception {
        String name = canary();
        String id = submitted(coveredReferral(name, null));
        int reads = 24;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(reads);
        try {
            List<java.util.concurrent.Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < reads; i++) {
                String token = i % 2 == 0 ? shelterToken : senderToken;
                answers.add(pool.submit(() -> hub.as(token).get("/referrals/" + id)));
            }
            for (java.util.concurrent.Future<Response> answer : answers) {
                answer.get().then().statusCode(200).body("person.firstName", equalTo(name));
            }
        } finally {
            pool.shutdownNow();
        }
        // every read was audited durably before it was answered: all lines are there now, without waiting
        try (Connection db = hub.database().connect(); PreparedStatement query = db.prepareStatement(
                "SELECT count(*) FILTER (WHERE details LIKE '%as=recipient%'), count(*) FILTER (WHERE details LIKE '%as=sender%') "
                        + "FROM audit_entry WHERE target_id = ? AND action = 'referral.personal-data-read'")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertThat(rows.getLong(1)).as("reads by the recipient").isEqualTo(reads / 2);
                assertThat(rows.getLong(2)).as("reads by the sender").isEqualTo(reads / 2);
            }
        }
    }

    @Test
    void keepsTheSameKeyApartForAnotherOrganisation() {
        String key = UUID.randomUUID().toString();
        String first = hub.as(senderToken).header("Idempotency-Key", key).contentType("application/json")
                .body(coveredReferral(canary(), null)).post("/referrals").then().statusCode(201).extract().path("id");
        Instant now = Instant.now();
        Map<String, Object> fromThird = referral(canary(), null, consent(List.of(shelter), now.minusSeconds(60), now.plus(Duration.ofDays(5))));
        String second = hub.as(thirdToken).header("Idempotency-Key", key).contentType("application/json")
                .body(fromThird).post("/referrals").then().statusCode(201).extract().path("id");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void givesTheSameCasePseudonymToTheSameOwnCaseReference() {
        String reference = "BARI-" + UUID.randomUUID();
        String firstCase = submit(senderToken, coveredReferral(canary(), reference)).then().statusCode(201).extract().path("caseId");
        String secondCase = submit(senderToken, coveredReferral(canary(), reference)).then().statusCode(201).extract().path("caseId");
        String unreferenced = submit(senderToken, coveredReferral(canary(), null)).then().statusCode(201).extract().path("caseId");
        Instant now = Instant.now();
        String otherSenders = submit(thirdToken, referral(canary(), reference,
                consent(List.of(shelter), now.minusSeconds(60), now.plus(Duration.ofDays(5))))).then().statusCode(201).extract().path("caseId");
        assertThat(secondCase).isEqualTo(firstCase);
        assertThat(unreferenced).isNotEqualTo(firstCase);
        assertThat(otherSenders).isNotEqualTo(firstCase);
    }

    @Test
    void storesPersonalFieldsAsCiphertextAndNeverTheOwnCaseReference() throws SQLException {
        String name = canary();
        String reference = "REF-" + canary();
        String id = submitted(coveredReferral(name, reference));
        try (Connection db = hub.database().connect(); PreparedStatement query = db.prepareStatement(
                "select r.person_first_name, r.person_second_name, r.person_birthdate, r.person_gender, r.person_citizenship,"
                        + " r.person_mobile_phone, r.current_place, r.summary, c.evidence_reference, k.reference_hash"
                        + " from referral r join consent c on c.id = r.consent_id join referral_case k on k.id = r.case_id where r.id = ?")) {
            query.setObject(1, UUID.fromString(id));
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                for (int column = 1; column <= 9; column++) {
                    assertThat(row.getString(column)).as("column %d", column)
                            .matches("[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+")
                            .doesNotContain(name).doesNotContain("2001-04-17").doesNotContain("+37360000000");
                }
                assertThat(row.getString(10)).matches("[A-Za-z0-9_-]+:[0-9a-f]{64}").doesNotContain(reference);
            }
        }
    }

    @Test
    void letsTheCanaryNameAppearNowhereButTheAuthorisedResponses() {
        String name = canary();
        List<String> seenByOthers = new ArrayList<>();
        String id = submitted(coveredReferral(name, "CANARY-CASE-" + name));
        hub.as(shelterToken).get("/referrals/" + id).then().statusCode(200).body("person.firstName", equalTo(name));

        seenByOthers.add(hub.as(thirdToken).get("/referrals/" + id).asString());
        seenByOthers.add(hub.as(thirdToken).get("/referrals?size=100").asString());
        seenByOthers.add(hub.as(thirdToken).post("/referrals/" + id + "/consent/withdrawal").asString());
        seenByOthers.add(hub.asAdmin().get("/referrals/" + id).asString());
        seenByOthers.add(hub.asAdmin().get("/referrals?size=100").asString());
        seenByOthers.add(hub.as(shelterToken).get("/referrals?size=100").asString());
        seenByOthers.add(hub.asAdmin().get("/audit?targetType=referral&size=100").asString());
        seenByOthers.add(hub.asAdmin().get("/audit?targetId=" + id + "&size=100").asString());
        seenByOthers.add(hub.asAdmin().get("/audit?size=100").asString());

        // refusals of requests that carry the name must not repeat it
        Instant now = Instant.now();
        seenByOthers.add(submit(senderToken, referral(name, null, consent(List.of(thirdPartner), now.minusSeconds(9), now.plusSeconds(3600)))).asString());
        Map<String, Object> badGender = coveredReferral(name, null);
        badGender.put("person", Map.of("firstName", name, "gender", name));
        seenByOthers.add(submit(senderToken, badGender).asString());
        Map<String, Object> badCitizenship = coveredReferral(name, null);
        badCitizenship.put("person", Map.of("firstName", name, "citizenship", List.of(name)));
        seenByOthers.add(submit(senderToken, badCitizenship).asString());
        Map<String, Object> badBirthdate = coveredReferral(name, null);
        badBirthdate.put("person", Map.of("firstName", name, "birthdate", name));
        seenByOthers.add(submit(senderToken, badBirthdate).asString());
        Map<String, Object> tooLong = coveredReferral(name, null);
        tooLong.put("person", Map.of("firstName", name.repeat(20)));
        seenByOthers.add(submit(senderToken, tooLong).asString());

        hub.asAdmin().get("/audit?targetId=" + id + "&size=100").then().statusCode(200)
                .body("items.action", hasItem("referral.submitted"))
                .body("items.action", hasItem("referral.personal-data-read"));
        assertThat(seenByOthers).hasSize(14).allSatisfy(body -> assertThat(body).doesNotContain(name));
        assertThat(hub.process().log()).doesNotContain(name);
    }
}
