package org.cthub.deploy.guide;

// tag::imports[]
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
// end::imports[]

/**
 * The Java snippets of the getting-started guide ({@code /docs/getting-started.html}), compiled and run by
 * {@code GettingStartedIT}, which also checks that the page shows each tagged region exactly as written here. Only
 * the JDK: an integrator copies them without adding a library.
 */
public final class GettingStarted {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String hub;

    public GettingStarted(String hub) {
        this.hub = hub;
    }

    // tag::token[]
    /** Exchanges the client id and secret for a bearer token (OAuth2 client credentials); it lasts minutes. */
    public String token(String clientId, String clientSecret) throws Exception {
        String basic = Base64.getEncoder().encodeToString(
                (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(hub + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token refused: " + response.body());
        }
        // {"access_token":"eyJ...","token_type":"Bearer","expires_in":300}: use your JSON library here
        return response.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }
    // end::token[]

    // tag::referral[]
    /** Sends a referral; the answer is 201 with the referral, or a problem+json saying what to fix. */
    public HttpResponse<String> sendReferral(String token, String referralJson) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(hub + "/referrals"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                // the same key on a retry returns the first answer instead of a second referral
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(referralJson))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
    // end::referral[]

    // tag::verify[]
    /**
     * Checks a webhook call as Standard Webhooks signs it. Call it with the raw body bytes, before any JSON parsing,
     * and the secret (whsec_...) shown when your system was registered. Answer 2xx only when it returns true and
     * you have stored the message; drop a webhook-id you have already processed.
     */
    public static boolean verifyWebhook(String secret, String webhookId, String webhookTimestamp,
            String webhookSignature, byte[] body) throws GeneralSecurityException {
        long age = Math.abs(Instant.now().getEpochSecond() - Long.parseLong(webhookTimestamp));
        if (age > 300) {
            return false; // older or newer than 5 minutes: a replay
        }
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        mac.update((webhookId + "." + webhookTimestamp + ".").getBytes(StandardCharsets.UTF_8));
        byte[] expected = mac.doFinal(body);
        for (String candidate : webhookSignature.split(" ")) {
            if (candidate.startsWith("v1,")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(candidate.substring(3)))) {
                return true;
            }
        }
        return false;
    }
    // end::verify[]
}
