package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
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
 * Bad input gets a clear 4xx problem, never a 5xx, and leaves what was accepted before intact. Tried here:
 * malformed JSON, a wrong type, an unknown field, a missing field, an oversized body, a wrong media type,
 * invalid and retired country codes, unknown enum values, webhook URLs that are plain http or point at
 * loopback, private, link-local or IPv6 loopback addresses or a local name, an unknown id, a malformed id,
 * an out-of-range page size, a missing and a stale If-Match.
 */
@ExtendWith(HubExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {

    private Hub hub;
    private String organisation;

    @BeforeAll
    void setUp(Hub hub) {
        this.hub = hub;
        organisation = new Directory(hub).activeOrganisation("ngo", "AL");
    }

    private Response postOrganisation(String json) {
        return hub.asAdmin().contentType("application/json").body(json).post("/organisations");
    }

    private static Map<String, Object> organisation(String country) {
        return Map.of("name", "Bad input " + UUID.randomUUID(), "type", "ngo", "country", country,
                "contact", Map.of("email", "office@ngo.example.org"));
    }

    private static void assertProblem(Response response, int status, String type) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:cthub:problem:" + type);
        assertThat(response.jsonPath().getString("detail")).isNotBlank();
        assertThat(response.asString()).doesNotContain("Exception", "\tat ", "org.cthub.");
    }

    @Test
    void refusesMalformedJson() {
        assertProblem(postOrganisation("{\"name\": \"Unclosed"), 400, "malformed-request");
        assertProblem(postOrganisation("[1, 2, 3]"), 400, "malformed-request");
    }

    @Test
    void refusesAWrongType() {
        assertProblem(postOrganisation("{\"name\":\"X\",\"type\":\"ngo\",\"country\":\"AL\",\"contact\":\"office@ngo.example.org\"}"),
                400, "malformed-request");
    }

    @Test
    void refusesAnUnknownField() {
        assertProblem(postOrganisation("{\"name\":\"X\",\"type\":\"ngo\",\"country\":\"AL\",\"contact\":{\"email\":\"a@b.org\"},\"isAdmin\":true}"),
                400, "malformed-request");
    }

    @Test
    void namesTheMissingField() {
        Response response = postOrganisation("{\"type\":\"ngo\",\"country\":\"AL\",\"contact\":{\"email\":\"a@b.org\"}}");
        assertProblem(response, 400, "invalid-request");
        assertThat(response.jsonPath().getList("errors.field")).contains("name");
    }

    @Test
    void refusesAnOversizedBody() {
        String huge = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        assertProblem(postOrganisation(huge), 413, "payload-too-large");
    }

    @Test
    void refusesAWrongMediaType() {
        assertProblem(hub.asAdmin().contentType("text/plain").body("name=x").post("/organisations"), 415, "unsupported-media-type");
    }

    @Test
    void refusesInvalidAndRetiredCountryCodes() {
        for (String code : List.of("ZZ", "CS", "YU", "12")) {
            Response response = hub.asAdmin().contentType("application/json").body(organisation(code)).post("/organisations");
            assertThat(response.statusCode()).as(code + ": " + response.asString()).isIn(400, 422);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void refusesAnUnknownOrganisationType() {
        Response response = hub.asAdmin().contentType("application/json")
                .body(Map.of("name", "X " + UUID.randomUUID(), "type", "club", "country", "AL", "contact", Map.of("email", "a@b.org")))
                .post("/organisations");
        assertProblem(response, 422, "rule-violation");
    }

    @Test
    void refusesWebhookUrlsThatAreNotPublicHttps() {
        for (String url : List.of("http://partner.example.org/hook", "https://127.0.0.1/hook", "https://10.1.2.3/hook",
                "https://192.168.0.10/hook", "https://172.16.5.4/hook", "https://169.254.169.254/latest",
                "https://[::1]/hook", "https://localhost/hook", "https://intranet/hook", "ftp://partner.example.org/")) {
            Response response = hub.asAdmin().contentType("application/json")
                    .body(Map.of("name", "Bad hook", "channel", "webhook", "formats", List.of("application/json"),
                            "webhook", Map.of("url", url)))
                    .post("/organisations/" + organisation + "/systems");
            assertThat(response.statusCode()).as(url + ": " + response.asString()).isEqualTo(422);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.asString()).doesNotContain("Exception");
        }
    }

    @Test
    void answersUnknownAndMalformedIdsWith404() {
        assertProblem(hub.asAdmin().get("/organisations/" + UUID.randomUUID()), 404, "record-not-found");
        assertThat(hub.asAdmin().get("/organisations/not-a-uuid").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesAnOutOfRangePageSize() {
        assertThat(hub.asAdmin().get("/organisations?size=1000").statusCode()).isEqualTo(400);
        assertThat(hub.asAdmin().get("/organisations?page=-1").statusCode()).isEqualTo(400);
        // a page far out of range must not overflow the offset into a 500
        assertThat(hub.asAdmin().get("/organisations?page=2000000000&size=100").statusCode()).isEqualTo(400);
        // every list answers the same way
        for (String list : List.of("/clients", "/audit", "/referrals", "/deliveries/dead-letters")) {
            Response response = hub.asAdmin().get(list + "?size=1000");
            assertProblem(response, 400, "invalid-request");
        }
    }

    @Test
    void requiresACurrentIfMatchAndKeepsTheRecordUntouched() {
        Response current = hub.asAdmin().get("/organisations/" + organisation);
        Map<String, Object> change = Map.of("name", "Renamed " + UUID.randomUUID(), "type", "ngo", "country", "AL",
                "contact", Map.of("email", "office@al.partner.example.org"));
        Response missing = hub.asAdmin().contentType("application/json").body(change).put("/organisations/" + organisation);
        assertThat(missing.statusCode()).isEqualTo(428);
        Response stale = hub.asAdmin().contentType("application/json").header("If-Match", "\"999\"").body(change)
                .put("/organisations/" + organisation);
        assertProblem(stale, 412, "stale-version");
        Response after = hub.asAdmin().get("/organisations/" + organisation);
        assertThat(after.jsonPath().getString("name")).isEqualTo(current.jsonPath().getString("name"));
        assertThat(after.header("ETag")).isEqualTo(current.header("ETag"));
    }

    @Test
    void neverAnswersA5xxToAnyOfTheAbove() {
        // a sweep over odd requests: whatever the hub makes of them, it is the caller's 4xx
        for (String body : List.of("", "null", "{}", "\"string\"", "{\"name\":null}", "{\"contact\":{\"email\":\"not-an-email\"}}",
                "{\"name\":\"\\u0000\",\"type\":\"ngo\",\"country\":\"AL\",\"contact\":{\"email\":\"a@b.org\"}}")) {
            Response response = postOrganisation(body);
            assertThat(response.statusCode()).as("body " + body + ": " + response.asString()).isBetween(400, 499);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }
}
