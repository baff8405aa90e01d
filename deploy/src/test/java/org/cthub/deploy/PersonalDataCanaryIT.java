package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.cthub.deploy.support.ReferralRequests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "A test seeds a canary name, then searches the server log and every response to other partners for it."
 * A referral whose every personal field is a canary goes from one partner to another; then every caller that
 * has no business seeing the person (an unrelated partner, the hub-admin, a secretariat, a reviewer, and no
 * token at all) reads every GET operation the served OpenAPI document lists, with its path parameters filled
 * with the canary's ids and the ids around it. None of the canaries may appear in any body or header, nor in
 * the server log, nor in the audit trail. Driven by /openapi, so an operation added later is swept too.
 */
@ExtendWith(HubExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataCanaryIT {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** Fewer than this many GET operations would mean the document was not read as meant. */
    private static final int AT_LEAST_GET_OPERATIONS = 10;

    private Hub hub;
    private String senderToken;
    private String recipientToken;
    private final Map<String, String> outsiders = new LinkedHashMap<>();
    private final Map<String, String> canaries = new LinkedHashMap<>();
    /** Values for path parameters, by parameter name or by the path segment before it. */
    private final Map<String, List<String>> known = new TreeMap<>();
    private String referralId;

    @BeforeAll
    void setUp(Hub hub) throws SQLException {
        this.hub = hub;
        Directory directory = new Directory(hub);
        String sender = directory.activeOrganisation("ngo", "IT");
        String recipient = directory.activeOrganisation("ngo", "IT");
        Directory.Credentials senderClient = directory.client(sender, "partner");
        Directory.Credentials recipientClient = directory.client(recipient, "partner");
        senderToken = hub.token(senderClient.clientId(), senderClient.clientSecret());
        recipientToken = hub.token(recipientClient.clientId(), recipientClient.clientSecret());
        String unrelated = directory.activeOrganisation("ngo", "MD");
        Directory.Credentials unrelatedClient = directory.client(unrelated, "partner");
        outsiders.put("an unrelated partner", hub.token(unrelatedClient.clientId(), unrelatedClient.clientSecret()));
        outsiders.put("the hub-admin", hub.adminToken());
        outsiders.put("a secretariat", directory.token(directory.activeOrganisation("working-group-secretariat", "AL"), "secretariat"));
        outsiders.put("a reviewer", directory.token(directory.activeOrganisation("international-organisation", "HU"), "reviewer"));
        outsiders.put("no token", null);

        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
        canaries.put("first name", "CanaryFirst" + tag);
        canaries.put("second name", "CanarySecond" + tag);
        canaries.put("email", "canary" + tag.toLowerCase(Locale.ROOT) + "@example.org");
        canaries.put("phone", "+3736" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999)));
        canaries.put("place", "CanaryPlace" + tag);
        canaries.put("summary", "CanarySummary" + tag);
        canaries.put("case reference", "CanaryCase" + tag);

        Map<String, Object> body = ReferralRequests.shelterReferral(recipient, canaries.get("first name"));
        body.put("person", Map.of("firstName", canaries.get("first name"), "secondName", canaries.get("second name"),
                "email", canaries.get("email"), "mobilePhone", canaries.get("phone"), "gender", "feminine", "citizenship", List.of("MD")));
        body.put("currentPlace", canaries.get("place"));
        body.put("summary", canaries.get("summary") + " needs a safe place tonight");
        body.put("caseReference", canaries.get("case reference"));
        Response submitted = hub.as(senderToken).contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post("/referrals");
        assertThat(submitted.statusCode()).as(submitted.asString()).isEqualTo(201);
        referralId = submitted.path("id");
        String caseId = submitted.path("caseId");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> hub.as(recipientToken)
                .get("/inbox?size=100").then().statusCode(200).extract().jsonPath()
                .getList("items.referralId").contains(referralId));

        known.put("referrals", List.of(referralId));
        known.put("referralId", List.of(referralId));
        known.put("cases", List.of(caseId));
        known.put("caseId", List.of(caseId));
        known.put("organisations", List.of(sender, recipient));
        known.put("organisationId", List.of(sender, recipient));
        known.put("systems", List.of(senderClient.systemId(), recipientClient.systemId()));
        known.put("systemId", List.of(senderClient.systemId(), recipientClient.systemId()));
        known.put("clients", List.of(senderClient.clientId(), recipientClient.clientId()));
        known.put("clientId", List.of(senderClient.clientId(), recipientClient.clientId()));
        known.put("countries", List.of("IT", "MD"));
        known.put("code", List.of("IT", "MD"));
        String workingGroup = hub.asAdmin().get("/working-groups").then().statusCode(200).extract().path("[0].id");
        known.put("working-groups", List.of(workingGroup));
        try (Connection c = hub.database().connect();
             PreparedStatement select = c.prepareStatement("SELECT id, message_id FROM delivery WHERE referral_id = ?")) {
            select.setObject(1, UUID.fromString(referralId));
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).as("the canary's delivery").isTrue();
                known.put("deliveries", List.of(rows.getString(1)));
                known.put("deliveryId", List.of(rows.getString(1)));
                known.put("inbox", List.of(rows.getString(2)));
                known.put("messageId", List.of(rows.getString(2)));
            }
        }
    }

    @Test
    void theCanaryReachesTheSenderAndTheRecipientItsConsentCovers() {
        // the control: the canary is findable where it belongs, so its absence elsewhere means something
        String read = hub.as(senderToken).get("/referrals/" + referralId).then().statusCode(200).extract().asString();
        String delivered = hub.as(recipientToken).get("/inbox?size=100").then().statusCode(200).extract().asString();
        for (String canary : List.of("first name", "second name", "email", "phone", "place", "summary")) {
            assertThat(read).as("the sender reads the " + canary).contains(canaries.get(canary));
            assertThat(delivered).as("the recipient receives the " + canary).contains(canaries.get(canary));
        }
    }

    @Test
    void noOtherCallerSeesTheCanaryOnAnyGetOperationOfTheContract() {
        List<String> operations = getOperations();
        assertThat(operations).hasSizeGreaterThanOrEqualTo(AT_LEAST_GET_OPERATIONS).contains("/referrals/{referralId}", "/inbox", "/audit");
        List<String> leaks = new ArrayList<>();
        int answered = 0;
        int ok = 0;
        for (Map.Entry<String, String> caller : outsiders.entrySet()) {
            for (String path : operations) {
                for (String url : urls(path)) {
                    RequestSpecification request = caller.getValue() == null ? hub.anonymous() : hub.as(caller.getValue());
                    Response response = request.get(url);
                    answered++;
                    ok += response.statusCode() == 200 ? 1 : 0;
                    StringBuilder seen = new StringBuilder(response.asString());
                    for (Header header : response.getHeaders()) {
                        seen.append('\n').append(header.getName()).append(": ").append(header.getValue());
                    }
                    canaries.forEach((field, canary) -> {
                        if (seen.indexOf(canary) >= 0) {
                            leaks.add(caller.getKey() + " GET " + url + " -> " + response.statusCode() + " shows the " + field);
                        }
                    });
                }
            }
        }
        assertThat(ok).as("the sweep read something (of %d calls)", answered).isGreaterThan(outsiders.size());
        assertThat(leaks).as("canaries seen by callers without consent").isEmpty();
        System.out.printf("PersonalDataCanaryIT: %d GET operations in /openapi, %d calls by %d callers (%d answered 200), "
                + "no canary in any body or header%n", operations.size(), answered, outsiders.size(), ok);
    }

    @Test
    void theServerLogAndTheAuditTrailHoldNoCanary() {
        String audit = hub.asAdmin().get("/audit?size=100").then().statusCode(200).extract().asString()
                + hub.asAdmin().get("/audit?targetId=" + referralId + "&size=100").then().statusCode(200).extract().asString();
        assertThat(audit).as("the audit trail records the submission").contains("referral.submitted");
        String log = hub.process().log();
        canaries.forEach((field, canary) -> {
            assertThat(audit).as("the audit trail shows the " + field).doesNotContain(canary);
            assertThat(log).as("the server log shows the " + field).doesNotContain(canary);
        });
    }

    /** The paths of every GET operation in the served contract. */
    @SuppressWarnings("unchecked")
    private List<String> getOperations() {
        Map<String, Object> paths = hub.anonymous().get("/openapi?format=JSON").then().statusCode(200).extract().path("paths");
        List<String> gets = new ArrayList<>();
        paths.forEach((path, item) -> {
            if (((Map<String, Object>) item).containsKey("get")) {
                gets.add(path);
            }
        });
        return gets;
    }

    /**
     * The path with its parameters filled in every way the known ids allow: by the parameter's name, else
     * by the segment before it ({@code /organisations/{id}}), else with the canary referral's id; with the
     * largest page, so a list shows as much as it can.
     */
    private List<String> urls(String path) {
        List<String> urls = new ArrayList<>(List.of(path));
        Matcher parameters = PARAMETER.matcher(path);
        while (parameters.find()) {
            String name = parameters.group(1);
            String before = path.substring(0, parameters.start());
            String[] segments = before.split("/");
            String segment = segments.length == 0 ? "" : segments[segments.length - 1];
            List<String> values = known.getOrDefault(name, known.getOrDefault(segment, List.of(referralId)));
            List<String> filled = new ArrayList<>();
            for (String url : urls) {
                for (String value : values) {
                    filled.add(url.replace("{" + name + "}", value));
                }
            }
            urls = filled;
        }
        return urls.stream().map(url -> url + "?size=100&targetId=" + referralId).distinct().toList();
    }
}
