package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cthub.deploy.support.AknDocuments;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.cthub.deploy.support.ReferralRequests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation × every kind of caller → the expected status. A new operation that is not in this table
 * fails {@link #coversEveryOperationInTheContract}: deny by default is tested, not assumed. Later features
 * add their rows here.
 */
@ExtendWith(HubExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    enum Caller { HUB_ADMIN, OWN_PARTNER, OTHER_PARTNER, SECRETARIAT, REVIEWER, NO_TOKEN }

    private Hub hub;
    private Directory directory;
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    private String ownOrganisation;
    private String webhookSystem;
    private String service;
    private String workingGroup;
    private String referralRecipient;
    private String recipientToken;
    private String reviewerOrganisation;

    @BeforeAll
    void setUp(Hub hub) {
        this.hub = hub;
        directory = new Directory(hub);
        ownOrganisation = directory.activeOrganisation("ngo", "IT");
        String otherOrganisation = directory.activeOrganisation("ngo", "MD");
        tokens.put(Caller.HUB_ADMIN, hub.adminToken());
        tokens.put(Caller.OWN_PARTNER, directory.token(ownOrganisation, "partner"));
        tokens.put(Caller.OTHER_PARTNER, directory.token(otherOrganisation, "partner"));
        tokens.put(Caller.SECRETARIAT, directory.token(directory.activeOrganisation("working-group-secretariat", "AL"), "secretariat"));
        reviewerOrganisation = directory.activeOrganisation("international-organisation", "HU");
        tokens.put(Caller.REVIEWER, directory.token(reviewerOrganisation, "reviewer"));
        webhookSystem = hub.asAdmin().contentType("application/json")
                .body(Map.of("name", "Shelter case system", "channel", "webhook", "formats", List.of("application/json"),
                        "webhook", Map.of("url", "https://shelter.partner.example.org/hooks/cthub")))
                .post("/organisations/" + ownOrganisation + "/systems").then().statusCode(201).extract().path("id");
        service = newService();
        workingGroup = hub.asAdmin().get("/working-groups").then().statusCode(200).extract().path("[0].id");
        referralRecipient = directory.activeOrganisation("ngo", "IT");
        // a recipient needs an active system to be referred to; this one's client also sends to the own partner
        recipientToken = directory.token(referralRecipient, "partner");
    }

    /** One operation: how to call it, and what each caller gets. */
    record Operation(String method, String path, Function<AuthorizationMatrixIT, Request> request, Map<Caller, Integer> expected) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A concrete call: the URL, and a body and If-Match when the operation takes them. */
    record Request(String url, Object body, String ifMatch) {
        static Request of(String url) {
            return new Request(url, null, null);
        }
    }

    private static Map<Caller, Integer> all(int status) {
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            expected.put(caller, caller == Caller.NO_TOKEN ? 401 : status);
        }
        return expected;
    }

    private static Map<Caller, Integer> adminOnly(int status) {
        Map<Caller, Integer> expected = all(403);
        expected.put(Caller.HUB_ADMIN, status);
        return expected;
    }

    /** Partners on their own referrals; secretariat and reviewer refused; the hub operator as given. */
    private static Map<Caller, Integer> partners(int status, int otherPartner, int hubAdmin) {
        Map<Caller, Integer> expected = all(403);
        expected.put(Caller.OWN_PARTNER, status);
        expected.put(Caller.OTHER_PARTNER, otherPartner);
        expected.put(Caller.HUB_ADMIN, hubAdmin);
        return expected;
    }

    /** Who reads a draft: its submitter, the reviewer asked and the hub operator; partners and secretariats not asked get 404. */
    private static Map<Caller, Integer> readers(int status) {
        Map<Caller, Integer> expected = partners(status, 404, status);
        expected.put(Caller.REVIEWER, status);
        expected.put(Caller.SECRETARIAT, 404);
        return expected;
    }

    private static Map<Caller, Integer> systemClients(int own, int others) {
        Map<Caller, Integer> expected = partners(own, others, 403);
        expected.put(Caller.SECRETARIAT, others);
        expected.put(Caller.REVIEWER, others);
        return expected;
    }

    private static Map<Caller, Integer> reviewerOnly(int status) {
        Map<Caller, Integer> expected = all(403);
        expected.put(Caller.REVIEWER, status);
        return expected;
    }

    private static Map<Caller, Integer> secretariatOnly(int status) {
        Map<Caller, Integer> expected = all(403);
        expected.put(Caller.SECRETARIAT, status);
        return expected;
    }

    private static Map<Caller, Integer> withSecretariat(Map<Caller, Integer> expected, int status) {
        expected.put(Caller.SECRETARIAT, status);
        return expected;
    }

    private static Map<Caller, Integer> adminAndOwner(int status) {
        Map<Caller, Integer> expected = adminOnly(status);
        expected.put(Caller.OWN_PARTNER, status);
        return expected;
    }

    static List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        ops.add(new Operation("GET", "/organisations", m -> Request.of("/organisations?country=IT"), all(200)));
        ops.add(new Operation("POST", "/organisations", m -> new Request("/organisations", m.organisationBody(), null), adminOnly(201)));
        ops.add(new Operation("GET", "/organisations/{id}", m -> Request.of(m.org()), all(200)));
        ops.add(new Operation("PUT", "/organisations/{id}", m -> m.update(m.org(), m::sameOrganisation), adminOnly(200)));
        ops.add(new Operation("GET", "/organisations/{id}/systems", m -> Request.of(m.org() + "/systems"), adminAndOwner(200)));
        ops.add(new Operation("POST", "/organisations/{id}/systems", m -> new Request(m.org() + "/systems", m.systemBody(), null), adminAndOwner(201)));
        ops.add(new Operation("GET", "/organisations/{id}/systems/{systemId}", m -> Request.of(m.system()), adminAndOwner(200)));
        ops.add(new Operation("PUT", "/organisations/{id}/systems/{systemId}", m -> m.update(m.system(), m::sameSystem), adminAndOwner(200)));
        ops.add(new Operation("POST", "/organisations/{id}/systems/{systemId}/signing-secret", m -> Request.of(m.system() + "/signing-secret"), adminAndOwner(200)));
        ops.add(new Operation("GET", "/organisations/{id}/services", m -> Request.of(m.org() + "/services"), all(200)));
        ops.add(new Operation("POST", "/organisations/{id}/services", m -> new Request(m.org() + "/services", m.serviceBody(3), null), adminAndOwner(201)));
        ops.add(new Operation("GET", "/organisations/{id}/services/{serviceId}", m -> Request.of(m.org() + "/services/" + m.service), all(200)));
        ops.add(new Operation("PUT", "/organisations/{id}/services/{serviceId}", m -> m.update(m.org() + "/services/" + m.service, v -> m.serviceBody(2)), adminAndOwner(200)));
        ops.add(new Operation("DELETE", "/organisations/{id}/services/{serviceId}", m -> m.update(m.org() + "/services/" + m.newService(), v -> null), adminAndOwner(204)));
        ops.add(new Operation("POST", "/organisations/{id}/systems/{systemId}/clients", m -> new Request(m.system() + "/clients", Map.of("roles", List.of("partner")), null), adminOnly(201)));
        ops.add(new Operation("GET", "/countries", m -> Request.of("/countries"), all(200)));
        ops.add(new Operation("GET", "/countries/{code}", m -> Request.of("/countries/AL"), all(200)));
        ops.add(new Operation("POST", "/countries/{code}/roles", m -> new Request("/countries/" + m.freshCountry() + "/roles", Map.of("role", "transit", "validFrom", "2024-01-01"), null), adminOnly(201)));
        ops.add(new Operation("GET", "/countries/{code}/roles/{roleId}", m -> Request.of(m.countryRole()), all(200)));
        ops.add(new Operation("POST", "/countries/{code}/roles/{roleId}/end", m -> new Request(m.countryRole() + "/end", Map.of("validTo", "2025-12-31"), null), adminOnly(200)));
        ops.add(new Operation("PUT", "/countries/{code}/focal-point", m -> new Request(m.focalPointCountry() + "/focal-point", Map.of("organisationId", m.ownOrganisation), null), adminOnly(200)));
        ops.add(new Operation("DELETE", "/countries/{code}/focal-point", m -> Request.of(m.focalPointCountry() + "/focal-point"), adminOnly(204)));
        ops.add(new Operation("GET", "/referrals?caseId", m -> Request.of("/referrals?caseId=" + m.newReferralCase()), partners(200, 200, 200)));
        ops.add(new Operation("GET", "/working-groups", m -> Request.of("/working-groups"), all(200)));
        ops.add(new Operation("GET", "/working-groups/{id}", m -> Request.of("/working-groups/" + m.workingGroup), all(200)));
        ops.add(new Operation("POST", "/working-groups/{id}/members", m -> new Request("/working-groups/" + m.workingGroup + "/members", Map.of("organisationId", m.directory.activeOrganisation("ngo", "RO")), null), adminOnly(201)));
        ops.add(new Operation("DELETE", "/working-groups/{id}/members/{organisationId}", m -> Request.of("/working-groups/" + m.workingGroup + "/members/" + m.newMember()), adminOnly(204)));
        ops.add(new Operation("GET", "/audit", m -> Request.of("/audit"), adminOnly(200)));
        ops.add(new Operation("GET", "/clients", m -> Request.of("/clients"), adminOnly(200)));
        ops.add(new Operation("POST", "/clients", m -> new Request("/clients", Map.of("roles", List.of("hub-admin")), null), adminOnly(201)));
        ops.add(new Operation("GET", "/clients/{clientId}", m -> Request.of("/clients/" + m.newClient()), adminOnly(200)));
        ops.add(new Operation("POST", "/clients/{clientId}/secret", m -> Request.of("/clients/" + m.newClient() + "/secret"), adminOnly(200)));
        ops.add(new Operation("DELETE", "/clients/{clientId}", m -> Request.of("/clients/" + m.newClient()), adminOnly(204)));
        ops.add(new Operation("POST", "/referrals", m -> new Request("/referrals", m.referralBody(), null), partners(201, 201, 403)));
        // a real partner's own sandbox twin; hub-admin, secretariat and reviewer tokens get none
        ops.add(new Operation("POST", "/sandbox/credentials", m -> Request.of("/sandbox/credentials"), partners(201, 201, 403)));
        ops.add(new Operation("GET", "/referrals", m -> Request.of("/referrals"), partners(200, 200, 200)));
        ops.add(new Operation("GET", "/referrals/{referralId}", m -> Request.of("/referrals/" + m.newReferral()), partners(200, 404, 200)));
        ops.add(new Operation("POST", "/referrals/{referralId}/consent/withdrawal", m -> Request.of("/referrals/" + m.newReferral() + "/consent/withdrawal"), partners(200, 404, 403)));
        ops.add(new Operation("POST", "/referrals/{referralId}/withdrawal", m -> Request.of("/referrals/" + m.newReferral() + "/withdrawal"), partners(200, 404, 403)));
        ops.add(new Operation("POST", "/referrals/{referralId}/answers", m -> new Request("/referrals/" + m.newReceivedReferral("shelter") + "/answers", Map.of("answer", "accept"), null), partners(200, 404, 403)));
        ops.add(new Operation("GET", "/referrals/{referralId}/follow-ups", m -> Request.of("/referrals/" + m.newReferral() + "/follow-ups"), partners(200, 404, 403)));
        ops.add(new Operation("POST", "/referrals/{referralId}/follow-ups/{sequence}", m -> new Request("/referrals/" + m.newAcceptedReintegration() + "/follow-ups/1", Map.of("wellbeing", "stable"), null), partners(200, 404, 403)));
        // the matrix's secretariat does not sit in the Return and Reintegration working group: 403 (see ReferralLifecycleIT)
        ops.add(new Operation("GET", "/follow-ups/overdue", m -> Request.of("/follow-ups/overdue"), partners(200, 200, 403)));
        // every client of a partner system pulls its own system's inbox, whatever its role
        ops.add(new Operation("GET", "/inbox", m -> Request.of("/inbox"), systemClients(200, 200)));
        ops.add(new Operation("POST", "/inbox/{messageId}/ack", m -> Request.of("/inbox/" + m.newInboxMessage() + "/ack"), systemClients(204, 404)));
        ops.add(new Operation("GET", "/deliveries/dead-letters", m -> Request.of("/deliveries/dead-letters"), adminOnly(200)));
        ops.add(new Operation("POST", "/deliveries/{deliveryId}/replay", m -> Request.of("/deliveries/" + m.newDeadLetter() + "/replay"), adminOnly(200)));
        ops.add(new Operation("POST", "/deliveries/dead-letters/replay", m -> Request.of("/deliveries/dead-letters/replay"), adminOnly(200)));
        ops.add(new Operation("POST", "/legislation/drafts", m -> new Request("/legislation/drafts", AknDocuments.freshRevisionText(), null), partners(201, 201, 403)));
        ops.add(new Operation("GET", "/legislation/drafts", m -> Request.of("/legislation/drafts"), all(200)));
        // the matrix's reviewer was asked to review reviewedDraft, not newDraft; its secretariat was asked of neither
        ops.add(new Operation("GET", "/legislation/drafts/{draftId}", m -> Request.of("/legislation/drafts/" + m.reviewedDraft()), readers(200)));
        ops.add(new Operation("GET", "/legislation/drafts/{draftId}/versions/{number}", m -> Request.of("/legislation/drafts/" + m.reviewedDraft() + "/versions/1"), readers(200)));
        ops.add(new Operation("GET", "/legislation/drafts/{draftId}/versions/{number}/akn", m -> Request.of("/legislation/drafts/" + m.reviewedDraft() + "/versions/1/akn"), readers(200)));
        ops.add(new Operation("GET", "/legislation/drafts/{draftId}/diff", m -> Request.of("/legislation/drafts/" + m.reviewedDraft() + "/diff?from=1&to=1"), readers(200)));
        ops.add(new Operation("GET", "/legislation/drafts/{draftId}/comments", m -> Request.of("/legislation/drafts/" + m.reviewedDraft() + "/comments"), readers(200)));
        ops.add(new Operation("POST", "/legislation/drafts/{draftId}/review-requests", m -> new Request("/legislation/drafts/" + m.newDraft()
                + "/review-requests", Map.of("reviewers", List.of(m.reviewerOrganisation)), null), partners(201, 404, 201)));
        ops.add(new Operation("POST", "/legislation/drafts/{draftId}/comments", m -> new Request("/legislation/drafts/" + m.reviewedDraft()
                + "/comments", Map.of("eId", "art_1", "text", "Define exploitation as the Palermo Protocol does."), null), reviewerOnly(201)));
        ops.add(new Operation("POST", "/legislation/drafts/{draftId}/opinions", m -> new Request("/legislation/drafts/" + m.reviewedDraft()
                + "/opinions", Map.of("opinion", "favourable-with-changes", "summary", "Sound, once article 1 is aligned."), null), reviewerOnly(201)));
        ops.add(new Operation("POST", "/legislation/drafts/{draftId}/comments/{commentId}/addressed", m -> new Request(m.addressableComment()
                + "/addressed", Map.of("version", 2), null), partners(200, 404, 403)));
        ops.add(new Operation("POST", "/legislation/drafts/{draftId}/decision", m -> new Request("/legislation/drafts/" + m.newDraft()
                + "/decision", Map.of("decision", "adopted"), null), partners(200, 404, 403)));
        // the matrix's secretariat sits in no working group, so it has no data to see: 403 (see StatisticsIT)
        ops.add(new Operation("GET", "/statistics/referrals", m -> Request.of("/statistics/referrals?dimensions=origin"), partners(200, 200, 200)));
        ops.add(new Operation("GET", "/statistics/follow-ups", m -> Request.of("/statistics/follow-ups?dimensions=state"), partners(200, 200, 200)));
        ops.add(new Operation("GET", "/statistics/persons-assisted", m -> Request.of("/statistics/persons-assisted?dimensions=gender"), partners(200, 200, 200)));
        ops.add(new Operation("GET", "/statistics/cases", m -> Request.of("/statistics/cases?dimensions=citizenship"), partners(200, 200, 200)));
        ops.add(new Operation("GET", "/statistics/reports", m -> Request.of("/statistics/reports?dimensions=status"), partners(200, 200, 200)));
        ops.add(new Operation("POST", "/statistics/queries", m -> new Request("/statistics/queries", SAVED_QUERY, null), partners(201, 201, 403)));
        ops.add(new Operation("GET", "/statistics/queries", m -> Request.of("/statistics/queries"), savedQueries(200, 200)));
        ops.add(new Operation("GET", "/statistics/queries/{queryId}", m -> Request.of("/statistics/queries/" + m.newSavedQuery()), savedQueries(200, 404)));
        ops.add(new Operation("DELETE", "/statistics/queries/{queryId}", m -> Request.of("/statistics/queries/" + m.newSavedQuery()), savedQueries(204, 404)));
        ops.add(new Operation("POST", "/statistics/queries/{queryId}/runs", m -> Request.of("/statistics/queries/" + m.newSavedQuery() + "/runs"), savedQueries(202, 404)));
        ops.add(new Operation("GET", "/reports/templates", m -> Request.of("/reports/templates"), all(200)));
        ops.add(new Operation("GET", "/reports/templates/{name}/versions/{version}", m -> Request.of("/reports/templates/activity-report/versions/1"), all(200)));
        ops.add(new Operation("POST", "/reports/profiles", m -> new Request("/reports/profiles", org.cthub.deploy.support.ReportFixtures.romanianProfile(), null), partners(201, 201, 403)));
        ops.add(new Operation("GET", "/reports/profiles", m -> Request.of("/reports/profiles"), partners(200, 200, 200)));
        ops.add(new Operation("GET", "/reports/profiles/{profileId}", m -> Request.of("/reports/profiles/" + m.newProfile()), partners(200, 404, 200)));
        ops.add(new Operation("PUT", "/reports/profiles/{profileId}", m -> m.update("/reports/profiles/" + m.newProfile(), v -> org.cthub.deploy.support.ReportFixtures.romanianProfile()), partners(200, 404, 403)));
        ops.add(new Operation("DELETE", "/reports/profiles/{profileId}", m -> Request.of("/reports/profiles/" + m.newProfile()), partners(204, 404, 403)));
        ops.add(new Operation("POST", "/reports/profiles/{profileId}/dry-run", m -> new Request("/reports/profiles/" + m.newProfile() + "/dry-run", org.cthub.deploy.support.ReportFixtures.romanianCsv(), null), partners(200, 404, 403)));
        ops.add(new Operation("POST", "/reports", m -> new Request("/reports?profile=" + m.reportProfile() + "&workingGroup=" + m.workingGroup, org.cthub.deploy.support.ReportFixtures.romanianCsv(), null), partners(202, 404, 403)));
        ops.add(new Operation("POST", "/reports/{reportId}/versions", m -> new Request("/reports/" + m.newRejectedReport() + "/versions?profile=" + m.reportProfile(), org.cthub.deploy.support.ReportFixtures.romanianCsv(), null), partners(202, 404, 403)));
        ops.add(new Operation("GET", "/reports", m -> Request.of("/reports"), partners(200, 200, 200)));
        ops.add(new Operation("GET", "/reports/{reportId}", m -> Request.of("/reports/" + m.report()), withSecretariat(partners(200, 404, 200), 404)));
        ops.add(new Operation("GET", "/reports/{reportId}/versions/{number}", m -> Request.of("/reports/" + m.report() + "/versions/1"), withSecretariat(partners(200, 404, 200), 404)));
        ops.add(new Operation("GET", "/reports/{reportId}/versions/{number}/rejected-rows", m -> Request.of("/reports/" + m.report() + "/versions/1/rejected-rows"), withSecretariat(partners(200, 404, 200), 404)));
        // the matrix's secretariat sits in no working group: it reaches no report (404) and lists none without naming its group (403)
        ops.add(new Operation("POST", "/reports/{reportId}/acceptance", m -> new Request("/reports/" + m.report() + "/acceptance", Map.of(), null), secretariatOnly(404)));
        ops.add(new Operation("POST", "/reports/{reportId}/return", m -> new Request("/reports/" + m.report() + "/return", Map.of("comment", "Correct row 4."), null), secretariatOnly(404)));
        // an export needs an accepted report, which the matrix's secretariat (in no working group) cannot give: 409 for whom it reaches
        ops.add(new Operation("GET", "/reports/{reportId}/export", m -> Request.of("/reports/" + m.report() + "/export?format=csv"), withSecretariat(partners(409, 404, 409), 404)));
        return ops;
    }

    private static final Map<String, Object> SAVED_QUERY = Map.of("name", "Matrix query", "dimensions", "origin", "lastMonths", 1);

    /** Saved queries: partners and secretariats on their own organisation's; reviewers and the hub operator refused. */
    private static Map<Caller, Integer> savedQueries(int own, int others) {
        Map<Caller, Integer> expected = partners(own, others, 403);
        expected.put(Caller.SECRETARIAT, others);
        return expected;
    }

    /** A query the own partner saved. */
    private String newSavedQuery() {
        return hub.as(tokens.get(Caller.OWN_PARTNER)).contentType("application/json").body(SAVED_QUERY).post("/statistics/queries")
                .then().statusCode(201).extract().path("id");
    }

    static Stream<Arguments> operationsByCaller() {
        return operations().stream().flatMap(op -> Stream.of(Caller.values()).map(caller -> Arguments.of(op, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("operationsByCaller")
    void answersEachCallerAsTheRulesSay(Operation operation, Caller caller) {
        Request request = operation.request().apply(this);
        RequestSpecification spec = caller == Caller.NO_TOKEN ? hub.anonymous() : hub.as(tokens.get(caller));
        if (request.body() != null) {
            if (request.body() instanceof String xml) {
                spec = spec.contentType("application/akn+xml").body(xml);
            } else if (request.body() instanceof byte[] file) {
                spec = spec.contentType("text/csv").body(file);
            } else {
                spec = spec.contentType("application/json").body(request.body());
            }
        }
        if (request.ifMatch() != null) {
            spec = spec.header("If-Match", request.ifMatch());
        }
        Response response = spec.request(operation.method(), request.url());
        assertThat(response.statusCode()).as("%s as %s: %s", operation, caller, response.asString())
                .isEqualTo(operation.expected().get(caller));
        if (response.statusCode() >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void coversEveryOperationInTheContract() {
        Map<String, Object> paths = hub.anonymous().get("/openapi?format=JSON").then().statusCode(200).extract().path("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, item) -> ((Map<String, Object>) item).keySet().stream()
                .filter(method -> Set.of("get", "put", "post", "delete", "patch").contains(method))
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        documented.remove("POST /oauth2/token"); // authenticated by client credentials: TokenIT
        Set<String> tested = new TreeSet<>();
        operations().forEach(op -> tested.add(op.toString()));
        assertThat(tested).as("operations in /openapi need a row in this matrix").containsAll(documented);
    }

    // --- what the rows need ---

    private String org() {
        return "/organisations/" + ownOrganisation;
    }

    private String system() {
        return org() + "/systems/" + webhookSystem;
    }

    private Request update(String url, Function<Map<String, Object>, Object> body) {
        Response current = hub.asAdmin().get(url);
        assertThat(current.statusCode()).as("GET %s", url).isEqualTo(200);
        return new Request(url, body.apply(current.jsonPath().getMap("")), current.header("ETag"));
    }

    private Object sameOrganisation(Map<String, Object> view) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", view.get("name"));
        body.put("type", view.get("type"));
        body.put("country", view.get("country"));
        body.put("contact", Map.of("email", ((Map<?, ?>) view.get("contact")).get("email")));
        return body;
    }

    private Object sameSystem(Map<String, Object> view) {
        return Map.of("name", view.get("name"), "channel", "webhook", "formats", view.get("formats"),
                "webhook", Map.of("url", "https://shelter.partner.example.org/hooks/cthub"));
    }

    private Object organisationBody() {
        return Map.of("name", "Matrix NGO " + UUID.randomUUID(), "type", "ngo", "country", "BA",
                "contact", Map.of("email", "office@ngo.example.org"));
    }

    private Object systemBody() {
        return Map.of("name", "Inbox " + UUID.randomUUID(), "channel", "pull-inbox", "formats", List.of("application/json"));
    }

    private Map<String, Object> serviceBody(int capacity) {
        return Map.of("assistanceType", "shelter", "country", "IT", "place", "Rome", "capacity", capacity);
    }

    private String newService() {
        return hub.asAdmin().contentType("application/json").body(serviceBody(5))
                .post(org() + "/services").then().statusCode(201).extract().path("id");
    }

    private Map<String, Object> referralBody() {
        return ReferralRequests.shelterReferral(referralRecipient, "Matrix");
    }

    /** A referral the own partner sent to the recipient. */
    private String newReferral() {
        return hub.as(tokens.get(Caller.OWN_PARTNER)).contentType("application/json").body(referralBody())
                .post("/referrals").then().statusCode(201).extract().path("id");
    }

    /** A referral the own partner received, for the given assistance type. */
    private String newReceivedReferral(String assistanceType) {
        Map<String, Object> body = ReferralRequests.shelterReferral(ownOrganisation, "Matrix");
        body.put("assistanceTypes", List.of(assistanceType));
        return hub.as(recipientToken).contentType("application/json").body(body)
                .post("/referrals").then().statusCode(201).extract().path("id");
    }

    /** A reintegration the own partner received and accepted, so its follow-up reports are scheduled. */
    private String newAcceptedReintegration() {
        String referral = newReceivedReferral("reintegration");
        hub.as(tokens.get(Caller.OWN_PARTNER)).contentType("application/json").body(Map.of("answer", "accept"))
                .post("/referrals/" + referral + "/answers").then().statusCode(200);
        return referral;
    }

    /** A message in the own partner's inbox: a referral the recipient sent back to the own organisation. */
    private String newInboxMessage() {
        Map<String, Object> body = ReferralRequests.shelterReferral(ownOrganisation, "Matrix");
        String referral = hub.as(recipientToken).contentType("application/json").body(body)
                .post("/referrals").then().statusCode(201).extract().path("id");
        String[] messageId = new String[1];
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            messageId[0] = hub.as(tokens.get(Caller.OWN_PARTNER)).get("/inbox?size=100").then().statusCode(200).extract()
                    .path("items.find { it.referralId == '" + referral + "' }.messageId");
            return messageId[0] != null;
        });
        return messageId[0];
    }

    /** A dead-lettered delivery, made so in the database as exhausted retries would. */
    private String newDeadLetter() {
        String referral = newReferral();
        try (java.sql.Connection db = hub.database().connect();
                java.sql.PreparedStatement update = db.prepareStatement(
                        "update delivery set status = 'DEAD_LETTERED', last_error = 'matrix' where referral_id = ? returning id")) {
            update.setObject(1, UUID.fromString(referral));
            try (java.sql.ResultSet rows = update.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A country outside the seeded region, added with a role, so its focal point disturbs no other test. */
    private String focalPointCountry() {
        String role = countryRole();
        return role.substring(0, role.indexOf("/roles/"));
    }

    /** The case of a referral the own partner sent (other partners see none of it). */
    private String newReferralCase() {
        return hub.as(tokens.get(Caller.OWN_PARTNER)).get("/referrals/" + newReferral()).then().statusCode(200).extract().path("caseId");
    }

    /** A new draft the own partner submitted (the example bill as a work of its own). */
    private String newDraft() {
        return hub.as(tokens.get(Caller.OWN_PARTNER)).contentType("application/akn+xml").body(AknDocuments.freshWorkText())
                .post("/legislation/drafts").then().statusCode(201).extract().path("draft.id");
    }

    /** A new draft the own partner asked the matrix's reviewer organisation to review. */
    private String reviewedDraft() {
        String draft = newDraft();
        hub.as(tokens.get(Caller.OWN_PARTNER)).contentType("application/json").body(Map.of("reviewers", List.of(reviewerOrganisation)))
                .post("/legislation/drafts/" + draft + "/review-requests").then().statusCode(201);
        return draft;
    }

    /** The path of a reviewer's comment on version 1 of a draft that has a version 2. */
    private String addressableComment() {
        String draft = reviewedDraft();
        String comment = hub.as(tokens.get(Caller.REVIEWER)).contentType("application/json")
                .body(Map.of("version", 1, "text", "Add a non-punishment clause.")).post("/legislation/drafts/" + draft + "/comments")
                .then().statusCode(201).extract().path("id");
        String work = hub.as(tokens.get(Caller.OWN_PARTNER)).get("/legislation/drafts/" + draft).then().statusCode(200).extract().path("workUri");
        String number = work.substring(work.lastIndexOf('/') + 1);
        hub.as(tokens.get(Caller.OWN_PARTNER)).contentType("application/akn+xml")
                .body(AknDocuments.exampleBill().asWork(Integer.parseInt(number)).asExpression("2026-11-28").xml())
                .post("/legislation/drafts").then().statusCode(201);
        return "/legislation/drafts/" + draft + "/comments/" + comment;
    }

    /** A report profile of the own partner's organisation. */
    private String newProfile() {
        return hub.as(tokens.get(Caller.OWN_PARTNER)).contentType("application/json").body(org.cthub.deploy.support.ReportFixtures.romanianProfile())
                .post("/reports/profiles").then().statusCode(201).extract().path("id");
    }

    private String reportProfile;
    private String report;

    /** The own partner's profile used for report uploads (made once). */
    private synchronized String reportProfile() {
        if (reportProfile == null) {
            reportProfile = newProfile();
            hub.asAdmin().contentType("application/json").body(Map.of("organisationId", ownOrganisation))
                    .post("/working-groups/" + workingGroup + "/members").then().statusCode(201);
        }
        return reportProfile;
    }

    /** A report of the own partner (uploaded once), whatever its import's state. */
    private synchronized String report() {
        if (report == null) {
            report = upload(org.cthub.deploy.support.ReportFixtures.romanianCsv());
        }
        return report;
    }

    private String upload(byte[] file) {
        String location = hub.as(tokens.get(Caller.OWN_PARTNER)).contentType("text/csv").body(file)
                .post("/reports?profile=" + reportProfile() + "&workingGroup=" + workingGroup).then().statusCode(202).extract().header("Location");
        return location.substring(location.indexOf("/reports/") + "/reports/".length(), location.indexOf("/versions/"));
    }

    /** A report of the own partner whose only upload was refused as a whole (header only): it takes a new version. */
    private String newRejectedReport() {
        String csv = org.cthub.deploy.support.ReportFixtures.ROMANIAN_CSV;
        String id = upload(csv.substring(0, csv.indexOf('\n') + 1).getBytes(org.cthub.deploy.support.ReportFixtures.WINDOWS_1250));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> "rejected".equals(
                hub.as(tokens.get(Caller.OWN_PARTNER)).get("/reports/" + id + "/versions/1").path("state")));
        return id;
    }

    private String newMember() {
        String organisation = directory.activeOrganisation("ngo", "BG");
        hub.asAdmin().contentType("application/json").body(Map.of("organisationId", organisation))
                .post("/working-groups/" + workingGroup + "/members").then().statusCode(201);
        return organisation;
    }

    private String newClient() {
        return directory.client(ownOrganisation, "partner").clientId();
    }

    // countries outside the seeded region, each taken once, so roles never overlap
    private final java.util.Iterator<String> spareCountries = Stream.of(java.util.Locale.getISOCountries())
            .filter(code -> !Set.of("AL", "BA", "MK", "RS", "ME", "HR", "SI", "RO", "BG", "MD", "IT", "UA", "HU").contains(code))
            .iterator();

    private synchronized String freshCountry() {
        return spareCountries.next();
    }

    private String countryRole() {
        String code = freshCountry();
        String id = hub.asAdmin().contentType("application/json").body(Map.of("role", "destination", "validFrom", "2020-01-01"))
                .post("/countries/" + code + "/roles").then().statusCode(201).extract().path("id");
        return "/countries/" + code + "/roles/" + id;
    }
}
