package org.cthub.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;

/**
 * The partners a benchmark works with, set up through the API as the integration tests do: a sending NGO with
 * one client (and token) per connection, and a recipient NGO with its own clients.
 */
final class Partners {

    /** Settings every benchmark hub gets on top of the harness's: tokens that outlast a run, the default audit check. */
    static final Map<String, String> HUB_SETTINGS = Map.of("HUB_JWT_LIFETIME_SECONDS", "3600",
            "HUB_AUDIT_VERIFY_INTERVAL_MS", "60000");

    /** The sending organisations: connection i sends as senders.get(i % senders.size()). */
    final List<String> senders = new ArrayList<>();
    final String recipient;
    final List<String> senderTokens = new ArrayList<>();
    final String recipientToken;
    private final Instant consentGiven = Instant.now().minusSeconds(3600);

    Partners(Hub hub, int clients) {
        this(hub, clients, true);
    }

    String sender() {
        return senders.get(0);
    }

    /** With {@code pullInbox} false the recipient has no system yet: the caller adds the one it needs. */
    Partners(Hub hub, int clients, boolean pullInbox) {
        Directory directory = new Directory(hub);
        recipient = directory.activeOrganisation("ngo", "IT");
        if (pullInbox) {
            directory.pullInboxSystem(recipient);
        }
        // one organisation per connection, as many partners would send: a submission locks its sender's row
        // (idempotency), so one organisation's referrals go one at a time (bench/README.md)
        int organisations = Integer.getInteger("bench.senders", clients);
        for (int i = 0; i < organisations; i++) {
            senders.add(directory.activeOrganisation("ngo", "IT"));
        }
        for (int i = 0; i < clients; i++) {
            senderTokens.add(directory.token(senders.get(i % organisations), "partner"));
        }
        // each client comes with a pull-inbox system of its own, and every system of the recipient gets each
        // referral: one recipient client, so a referral makes one delivery (two with the webhook benchmark's)
        recipientToken = directory.token(recipient, "partner");
    }

    /** A rapid-response shelter referral as the ITs send it (ReferralRequests), with a fresh Idempotency-Key. */
    HttpRequest submit(URI hub, String token) {
        String body = String.format("{\"referredOrganisation\":\"%s\",\"assistanceTypes\":[\"shelter\"],\"urgency\":\"standard\","
                        + "\"currentCountry\":\"IT\",\"currentPlace\":\"Bari\",\"trmStage\":\"first-assistance-and-protection\","
                        + "\"purpose\":\"assistance-and-protection\",\"person\":{\"firstName\":\"Bench%s\",\"secondName\":\"Example\","
                        + "\"gender\":\"feminine\",\"citizenship\":[\"MD\"]},\"consent\":{\"givenBy\":\"data-subject\",\"givenAt\":\"%s\","
                        + "\"recipients\":[\"%s\"],\"purpose\":\"assistance-and-protection\",\"validUntil\":\"%s\",\"evidenceReference\":\"form 9\"}}",
                recipient, UUID.randomUUID().toString().substring(0, 8), consentGiven, recipient, consentGiven.plus(Duration.ofDays(30)));
        return HttpRequest.newBuilder(hub.resolve("/referrals")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    HttpRequest read(URI hub, String token, String referralId) {
        return HttpRequest.newBuilder(hub.resolve("/referrals/" + referralId)).header("Authorization", "Bearer " + token).GET().build();
    }

    static Map<String, String> settings(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(HUB_SETTINGS);
        String jfr = System.getProperty("bench.jfr", "");
        if (!jfr.isBlank()) {
            // -Dbench.jfr=DIR: each hub records a flight recording (profile settings) into DIR, dumped when it stops
            env.put("JAVA_TOOL_OPTIONS", "-XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + jfr);
        }
        env.putAll(extra);
        return env;
    }
}
