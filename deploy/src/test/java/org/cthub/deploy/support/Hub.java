package org.cthub.deploy.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The hub under test and the PostgreSQL database it runs on, shared by all integration tests of one run,
 * with helpers to call it as a given client.
 */
public final class Hub implements AutoCloseable {

    public static final String ADMIN_CLIENT_ID = "it-hub-admin";
    /** Where the hubs of a test run spool report uploads, so tests can see that nothing lands beside it. */
    public static final java.nio.file.Path REPORT_INTAKE = java.nio.file.Path.of("target", "it", "report-intake").toAbsolutePath();

    private final TestDatabase database;
    private final HubProcess process;
    private final String adminSecret = "it-" + UUID.randomUUID();
    private String adminToken;
    private Instant adminTokenExpiry = Instant.MIN;

    private final SigningKey signingKey = SigningKey.generate();
    // configured, as several nodes of one deployment must share it
    private final String encryptionKey = java.util.Base64.getEncoder().encodeToString(randomKey());

    Hub() {
        this("hub", Map.of());
    }

    private Hub(String name, Map<String, String> extra) {
        database = TestDatabase.create();
        // Webhook deliveries are left to the nodes a test starts with its own receivers and trust, unless extra says otherwise.
        Map<String, String> env = new HashMap<>(Map.of("HUB_DELIVERY_CHANNELS", "pull-inbox"));
        env.putAll(extra);
        try {
            process = new HubProcess(name, environment(env)).start();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * A hub of its own on a fresh database of its own, for tests that kill or flood it or need settings that
     * would disturb the tests sharing the common hub (a deadline of seconds, say). It delivers to pull inboxes
     * only unless {@code extra} names the channels. The caller closes it.
     */
    public static Hub dedicated(String name, Map<String, String> extra) {
        return new Hub(name, extra);
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return key;
    }

    /** The key the hub encrypts and keys hashes with (configured, not generated), so tests can compute what it derives. */
    public byte[] encryptionKey() {
        return java.util.Base64.getDecoder().decode(encryptionKey);
    }

    /** The key the hub signs its tokens with (configured, not generated), so tests can forge bad ones. */
    public SigningKey signingKey() {
        return signingKey;
    }

    /** The environment of a hub node on this test database, plus {@code extra}. */
    public Map<String, String> environment(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>();
        env.put("POSTGRESQL_URL", database.url());
        env.put("POSTGRESQL_USER", database.user());
        env.put("POSTGRESQL_PASSWORD", database.password());
        env.put("HUB_ADMIN_CLIENT_ID", ADMIN_CLIENT_ID);
        env.put("HUB_ADMIN_CLIENT_SECRET", adminSecret);
        env.put("HUB_AUDIT_VERIFY_INTERVAL_MS", "1000");
        env.put("HUB_JWT_SIGNING_KEY_FILE", signingKey.pemFile().toString());
        env.put("HUB_ENCRYPTION_KEY", encryptionKey);
        env.put("HUB_REPORTS_INTAKE_DIR", REPORT_INTAKE.toString());
        env.putAll(extra);
        return env;
    }

    public HubProcess process() {
        return process;
    }

    public TestDatabase database() {
        return database;
    }

    /** A request to the hub with no credentials. */
    public RequestSpecification anonymous() {
        return given().baseUri(process.baseUri().toString());
    }

    /** A request carrying the given bearer token. */
    public RequestSpecification as(String token) {
        return anonymous().auth().oauth2(token);
    }

    /** A request as the hub-admin that the tests configured at start. */
    public RequestSpecification asAdmin() {
        return as(adminToken());
    }

    public synchronized String adminToken() {
        if (Instant.now().isAfter(adminTokenExpiry)) {
            adminToken = token(ADMIN_CLIENT_ID, adminSecret);
            adminTokenExpiry = Instant.now().plusSeconds(60);
        }
        return adminToken;
    }

    /** Exchanges client credentials for a bearer token at the token endpoint. */
    public String token(String clientId, String clientSecret) {
        return anonymous()
                .auth().preemptive().basic(clientId, clientSecret)
                .formParam("grant_type", "client_credentials")
                .post("/oauth2/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    public String adminSecret() {
        return adminSecret;
    }

    @Override
    public void close() {
        try {
            process.close();
        } finally {
            database.close();
        }
    }
}
