package org.cthub.deploy.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds what a test needs in the partner directory through the public API, as hub-admin: organisations,
 * their systems, and clients (with tokens) acting for them.
 */
public final class Directory {

    private final Hub hub;

    public Directory(Hub hub) {
        this.hub = hub;
    }

    /** Registers and activates an organisation; returns its id. */
    public String activeOrganisation(String type, String country) {
        String name = "IT " + type + " " + country + " " + UUID.randomUUID().toString().substring(0, 8);
        String id = hub.asAdmin().contentType("application/json")
                .body(Map.of("name", name, "type", type, "country", country,
                        "contact", Map.of("email", "office@" + country.toLowerCase() + ".partner.example.org")))
                .post("/organisations")
                .then().statusCode(201).extract().path("id");
        String etag = hub.asAdmin().get("/organisations/" + id).then().statusCode(200).extract().header("ETag");
        hub.asAdmin().contentType("application/json").header("If-Match", etag)
                .body(Map.of("name", name, "type", type, "country", country, "status", "active",
                        "contact", Map.of("email", "office@" + country.toLowerCase() + ".partner.example.org")))
                .put("/organisations/" + id)
                .then().statusCode(200);
        return id;
    }

    /** Adds a pull-inbox system to the organisation; returns its id. */
    public String pullInboxSystem(String organisationId) {
        return hub.asAdmin().contentType("application/json")
                .body(Map.of("name", "Inbox " + UUID.randomUUID().toString().substring(0, 8), "channel", "pull-inbox",
                        "formats", List.of("application/json")))
                .post("/organisations/" + organisationId + "/systems")
                .then().statusCode(201).extract().path("id");
    }

    /** Registers a client with the role for a new system of the organisation; returns its credentials. */
    public Credentials client(String organisationId, String role) {
        String systemId = pullInboxSystem(organisationId);
        var created = hub.asAdmin().contentType("application/json")
                .body(Map.of("roles", List.of(role)))
                .post("/organisations/" + organisationId + "/systems/" + systemId + "/clients")
                .then().statusCode(201).extract();
        return new Credentials(created.path("clientId"), created.path("clientSecret"), organisationId, systemId);
    }

    /** A bearer token for a fresh client with the role, acting for the organisation. */
    public String token(String organisationId, String role) {
        Credentials credentials = client(organisationId, role);
        return hub.token(credentials.clientId(), credentials.clientSecret());
    }

    /** A client's id and its secret, as shown once at registration. */
    public record Credentials(String clientId, String clientSecret, String organisationId, String systemId) {
    }
}
