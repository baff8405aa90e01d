package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The partner directory end to end, over HTTP, on PostgreSQL. */
@ExtendWith(HubExtension.class)
class PartnerDirectoryIT {

    @Test
    void seedsTheRegionsCountriesWithTheirRolesAndTheWorkingGroups(Hub hub) {
        hub.asAdmin().get("/countries").then().statusCode(200)
                .body("code", hasItems("AL", "BA", "MK", "XK", "RS", "ME", "HR", "SI", "RO", "BG", "MD", "IT", "UA", "HU"));
        hub.asAdmin().get("/countries/AL").then().statusCode(200)
                .body("currentRoles", hasItems("origin", "transit"));
        hub.asAdmin().get("/countries/XK").then().statusCode(200).body("currentRoles", hasItem("destination"));
        hub.asAdmin().get("/working-groups").then().statusCode(200)
                .body("name", hasItems("Return and Reintegration", "Awareness Raising", "Victim Protection"));
    }

    @Test
    void registersAnOrganisationAndFindsItByCountryTypeAndService(Hub hub) {
        Directory directory = new Directory(hub);
        String shelter = directory.activeOrganisation("ngo", "MD");
        String partnerToken = directory.token(shelter, "partner");

        hub.as(partnerToken).contentType("application/json")
                .body(Map.of("assistanceType", "shelter", "country", "MD", "place", "Chișinău", "capacity", 4))
                .post("/organisations/" + shelter + "/services")
                .then().statusCode(201);

        hub.as(partnerToken).get("/organisations?country=MD&type=ngo&assistanceType=shelter&size=100")
                .then().statusCode(200)
                .body("items.id", hasItem(shelter))
                .body("size", equalTo(100));
        hub.as(partnerToken).get("/organisations?country=MD&assistanceType=micro-credit&size=100")
                .then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(shelter)));
    }

    @Test
    void letsAPartnerKeepItsCapacityCurrentWithETags(Hub hub) {
        Directory directory = new Directory(hub);
        String shelter = directory.activeOrganisation("ngo", "IT");
        String partnerToken = directory.token(shelter, "partner");
        String service = hub.as(partnerToken).contentType("application/json")
                .body(Map.of("assistanceType", "shelter", "country", "IT", "place", "Lecce", "capacity", 6))
                .post("/organisations/" + shelter + "/services")
                .then().statusCode(201).extract().path("id");
        String url = "/organisations/" + shelter + "/services/" + service;
        String etag = hub.as(partnerToken).get(url).then().statusCode(200).extract().header("ETag");

        Map<String, Object> fewerPlaces = Map.of("assistanceType", "shelter", "country", "IT", "place", "Lecce", "capacity", 5);
        String newTag = hub.as(partnerToken).contentType("application/json").header("If-Match", etag).body(fewerPlaces)
                .put(url).then().statusCode(200).body("capacity", equalTo(5)).extract().header("ETag");
        assertThat(newTag).isNotEqualTo(etag);
        hub.as(partnerToken).contentType("application/json").header("If-Match", etag).body(fewerPlaces)
                .put(url).then().statusCode(412);
    }

    @Test
    void showsAWebhookSigningSecretOnceAndKeepsItEncrypted(Hub hub) throws SQLException {
        Directory directory = new Directory(hub);
        String ngo = directory.activeOrganisation("ngo", "RO");
        String partnerToken = directory.token(ngo, "partner");
        var created = hub.as(partnerToken).contentType("application/json")
                .body(Map.of("name", "Case system", "channel", "webhook", "formats", List.of("application/json"),
                        "webhook", Map.of("url", "https://cases.ngo.example.org/cthub")))
                .post("/organisations/" + ngo + "/systems")
                .then().statusCode(201).extract();
        String secret = created.path("signingSecret");
        String system = created.path("id");
        assertThat(secret).isNotBlank();

        hub.as(partnerToken).get("/organisations/" + ngo + "/systems/" + system)
                .then().statusCode(200).body("signingSecret", nullValue());
        assertThat(hub.as(partnerToken).get("/organisations/" + ngo + "/systems").asString()).doesNotContain(secret);

        try (Connection db = hub.database().connect();
             PreparedStatement select = db.prepareStatement("SELECT signing_secret FROM partner_system WHERE id = ?")) {
            select.setObject(1, UUID.fromString(system));
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                String stored = row.getString(1);
                assertThat(stored).isNotBlank().doesNotContain(secret).matches("[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+");
            }
        }
        assertThat(hub.process().log()).doesNotContain(secret);
    }

    @Test
    void keepsAPartnerOutOfAnotherOrganisationsSystems(Hub hub) {
        Directory directory = new Directory(hub);
        String mine = directory.activeOrganisation("ngo", "BG");
        String theirs = directory.activeOrganisation("ngo", "UA");
        String myToken = directory.token(mine, "partner");
        hub.as(myToken).get("/organisations/" + theirs + "/systems").then().statusCode(403);
        hub.as(myToken).contentType("application/json")
                .body(Map.of("name", "Intruder", "channel", "pull-inbox", "formats", List.of("application/json")))
                .post("/organisations/" + theirs + "/systems")
                .then().statusCode(403);
        // the refused POST created nothing
        hub.asAdmin().get("/organisations/" + theirs + "/systems").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void keepsAValidXmlMappingAndRefusesBadOnesWith422(Hub hub) {
        String organisation = new Directory(hub).activeOrganisation("ngo", "SI");
        Map<String, Object> good = Map.of("rootElement", "Referral", "namespace", "urn:example:ngo:referral:1",
                "fields", List.of(Map.of("from", "/payload/caseId", "to", "CaseNumber"), Map.of("from", "/messageId", "to", "@messageId")));
        String id = hub.asAdmin().contentType("application/json")
                .body(Map.of("name", "XML inbox", "channel", "pull-inbox", "formats", List.of("application/xml"), "xmlMapping", good))
                .post("/organisations/" + organisation + "/systems").then().statusCode(201)
                .body("xmlMapping.fields[1].to", equalTo("@messageId")).body("hubSshPublicKey", nullValue())
                .extract().path("id");
        hub.asAdmin().get("/organisations/" + organisation + "/systems/" + id).then().statusCode(200)
                .body("xmlMapping.namespace", equalTo("urn:example:ngo:referral:1"));
        Map<String, Map<String, Object>> bad = Map.of(
                "pointer without a leading slash", Map.of("rootElement", "R", "fields", List.of(Map.of("from", "payload/caseId", "to", "A"))),
                "pointer with a bare tilde", Map.of("rootElement", "R", "fields", List.of(Map.of("from", "/payload/~x", "to", "A"))),
                "element name with a space", Map.of("rootElement", "R", "fields", List.of(Map.of("from", "/a", "to", "Case Number"))),
                "markup as a name", Map.of("rootElement", "R", "fields", List.of(Map.of("from", "/a", "to", "A><script"))),
                "prefixed root", Map.of("rootElement", "ns:R", "fields", List.of(Map.of("from", "/a", "to", "A"))),
                "duplicate target", Map.of("rootElement", "R", "fields", List.of(Map.of("from", "/a", "to", "A"), Map.of("from", "/b", "to", "A"))),
                "relative namespace", Map.of("rootElement", "R", "namespace", "referral", "fields", List.of(Map.of("from", "/a", "to", "A"))));
        bad.forEach((why, mapping) -> hub.asAdmin().contentType("application/json")
                .body(Map.of("name", "Bad XML", "channel", "pull-inbox", "formats", List.of("application/xml"), "xmlMapping", mapping))
                .post("/organisations/" + organisation + "/systems").then().statusCode(422)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                .body("detail", org.hamcrest.Matchers.containsString("xmlMapping")));
        hub.asAdmin().get("/organisations/" + organisation + "/systems").then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void auditsEveryChangeWithWhoAndWhatInAnAppendOnlyLog(Hub hub) throws SQLException {
        Directory directory = new Directory(hub);
        String ngo = directory.activeOrganisation("ngo", "HR");
        hub.asAdmin().get("/audit?targetType=organisation&targetId=" + ngo).then().statusCode(200)
                .body("items.action", hasItems("organisation.registered", "organisation.updated"))
                .body("items.actor", hasItem(Hub.ADMIN_CLIENT_ID));

        try (Connection db = hub.database().connect()) {
            assertThatThrownBy(() -> db.createStatement().executeUpdate("UPDATE audit_entry SET actor = 'someone-else'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> db.createStatement().executeUpdate("DELETE FROM audit_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }
}
