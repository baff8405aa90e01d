package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cthub.deploy.guide.GettingStarted;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.ReferralRequests;
import org.cthub.deploy.support.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The getting-started guide ({@code /docs/getting-started.html}) works as written: its shell snippets run in bash
 * against a hub (register, token, referral, webhook verification with OpenSSL), its Java snippets are the compiled
 * {@link GettingStarted} (the page must show them exactly), and the webhook the integrator's system receives
 * verifies with both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GettingStartedIT {

    private static final Pattern SNIPPET = Pattern.compile("<code data-snippet=\"([a-z-]+)\">(.*?)</code>", Pattern.DOTALL);
    private static final Path SOURCE = Path.of("src/test/java/org/cthub/deploy/guide/GettingStarted.java");

    private WebhookReceiver receiver;
    private Hub hub;
    private Path work;

    @BeforeAll
    void setUp() throws IOException {
        Path itDir = Path.of(System.getProperty("hub.it-dir", "target/it")).toAbsolutePath();
        receiver = WebhookReceiver.start(itDir);
        work = Files.createTempDirectory(Files.createDirectories(itDir), "guide-");
        hub = Hub.dedicated("guide", Map.of(
                "HUB_DELIVERY_CHANNELS", "pull-inbox,webhook",
                "HUB_WEBHOOK_ALLOWED_HOSTS", "127.0.0.1",
                "HUB_WEBHOOK_TRUSTED_CERTIFICATES_FILE", receiver.certificate().toString(),
                "HUB_DELIVERY_POLL_INTERVAL_MS", "200"));
    }

    @AfterAll
    void tearDown() {
        if (hub != null) {
            hub.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void theGuideWorksAsWritten() throws Exception {
        Map<String, String> snippets = snippets(hub.anonymous().get("/docs/getting-started.html")
                .then().statusCode(200).contentType("text/html;charset=utf-8").extract().asString());
        assertThat(snippets).containsOnlyKeys("curl-register", "curl-token", "java-imports", "java-token",
                "curl-referral", "java-referral", "java-verify", "shell-verify", "curl-sandbox");
        String base = hub.process().baseUri().toString().replaceAll("/$", "");

        // 1. register: the operator's commands, as hub-admin
        Map<String, String> registered = bash(snippets.get("curl-register"),
                Map.of("HUB", base, "ADMIN_TOKEN", hub.adminToken(), "WEBHOOK_URL", receiver.endpoint("guide").toString()),
                "ORG", "SECRET", "CLIENT_ID", "CLIENT_SECRET");
        assertThat(registered.get("SECRET")).startsWith("whsec_");
        receiver.trust("guide", registered.get("SECRET"));
        hub.asAdmin().get("/organisations/" + registered.get("ORG")).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("active"));

        // 2. token, in the shell and in Java
        Map<String, String> token = bash(snippets.get("curl-token"),
                Map.of("HUB", base, "CLIENT_ID", registered.get("CLIENT_ID"), "CLIENT_SECRET", registered.get("CLIENT_SECRET")),
                "TOKEN");
        hub.as(token.get("TOKEN")).get("/referrals").then().statusCode(200);
        GettingStarted java = new GettingStarted(base);
        String javaToken = java.token(registered.get("CLIENT_ID"), registered.get("CLIENT_SECRET"));
        hub.as(javaToken).get("/referrals").then().statusCode(200);

        // 3. a referral, in the shell and in Java, to an organisation with a system
        Directory directory = new Directory(hub);
        String recipient = directory.activeOrganisation("ngo", "IT");
        directory.pullInboxSystem(recipient);
        Map<String, String> sent = bash("{\n" + snippets.get("curl-referral") + "\n} > referral.json\nREFERRAL=$(grep -o '\"id\":\"[^\"]*\"' referral.json | head -n 1 | cut -d '\"' -f 4)",
                Map.of("HUB", base, "TOKEN", token.get("TOKEN"), "RECIPIENT", recipient), "REFERRAL");
        hub.as(token.get("TOKEN")).get("/referrals/" + sent.get("REFERRAL")).then().statusCode(200)
                .body("person.firstName", org.hamcrest.Matchers.equalTo("Ana"));
        HttpResponse<String> javaSent = java.sendReferral(javaToken, new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(ReferralRequests.shelterReferral(recipient, "Ana")));
        assertThat(javaSent.statusCode()).as(javaSent.body()).isEqualTo(201);

        // 4. a partner refers a person to the integrator's organisation: its webhook gets the referral, signed
        String partner = directory.token(directory.activeOrganisation("ngo", "MD"), "partner");
        hub.as(partner).contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(ReferralRequests.shelterReferral(registered.get("ORG"), "Elena"))
                .post("/referrals").then().statusCode(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> !receiver.calls("guide").isEmpty());
        WebhookReceiver.Call call = receiver.calls("guide").get(0);
        String secret = registered.get("SECRET");
        assertThat(GettingStarted.verifyWebhook(secret, call.webhookId(), call.webhookTimestamp(), call.webhookSignature(),
                call.body())).as("the Java check accepts the hub's call").isTrue();
        byte[] tampered = new String(call.body(), StandardCharsets.UTF_8).replace("referral", "referraL").getBytes(StandardCharsets.UTF_8);
        assertThat(GettingStarted.verifyWebhook(secret, call.webhookId(), call.webhookTimestamp(), call.webhookSignature(),
                tampered)).as("and refuses a changed body").isFalse();
        assertThat(GettingStarted.verifyWebhook(secret, call.webhookId(), "1000000000", call.webhookSignature(),
                call.body())).as("and an old timestamp").isFalse();

        Map<String, String> headers = Map.of("SECRET", secret, "WEBHOOK_ID", call.webhookId(),
                "WEBHOOK_TIMESTAMP", call.webhookTimestamp(), "WEBHOOK_SIGNATURE", call.webhookSignature());
        Files.write(work.resolve("body.json"), call.body());
        assertThat(run(snippets.get("shell-verify"), headers).output()).contains("verified");
        Files.write(work.resolve("body.json"), tampered);
        Result forged = run(snippets.get("shell-verify"), headers);
        assertThat(forged.exitCode()).isEqualTo(1);
        assertThat(forged.output()).contains("not signed by the hub");

        // the sandbox: credentials of the organisation's twin, then steps 2 and 3 unchanged, to the echo partner
        Map<String, String> sandbox = bash(snippets.get("curl-sandbox"), Map.of("HUB", base, "TOKEN", token.get("TOKEN")),
                "CLIENT_ID", "CLIENT_SECRET", "ECHO");
        String sandboxToken = bash(snippets.get("curl-token"), Map.of("HUB", base, "CLIENT_ID", sandbox.get("CLIENT_ID"),
                "CLIENT_SECRET", sandbox.get("CLIENT_SECRET")), "TOKEN").get("TOKEN");
        String echoReferral = bash("{\n" + snippets.get("curl-referral") + "\n} > echo.json\nREFERRAL=$(grep -o '\"id\":\"[^\"]*\"' echo.json | head -n 1 | cut -d '\"' -f 4)",
                Map.of("HUB", base, "TOKEN", sandboxToken, "RECIPIENT", sandbox.get("ECHO")), "REFERRAL").get("REFERRAL");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> hub.as(sandboxToken).get("/referrals/" + echoReferral)
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("accepted")));
        hub.as(token.get("TOKEN")).get("/referrals/" + echoReferral).then().statusCode(404);

        // the page shows the Java snippets exactly as compiled and run above
        Map<String, String> regions = taggedRegions(Files.readString(SOURCE));
        for (String name : List.of("imports", "token", "referral", "verify")) {
            assertThat(snippets.get("java-" + name)).as("java-" + name).isEqualTo(regions.get(name));
        }
    }

    /** The page's snippets by name, HTML entities decoded. */
    private static Map<String, String> snippets(String page) {
        Map<String, String> snippets = new LinkedHashMap<>();
        Matcher matcher = SNIPPET.matcher(page);
        while (matcher.find()) {
            snippets.put(matcher.group(1), matcher.group(2).replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&amp;", "&"));
        }
        return snippets;
    }

    /** The code between {@code // tag::name[]} and {@code // end::name[]}, without its common indentation. */
    private static Map<String, String> taggedRegions(String source) {
        Map<String, String> regions = new HashMap<>();
        Matcher matcher = Pattern.compile("// tag::(\\w+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]", Pattern.DOTALL).matcher(source);
        while (matcher.find()) {
            List<String> lines = matcher.group(2).lines().toList();
            int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                    .min().orElse(0);
            List<String> dedented = new ArrayList<>();
            lines.forEach(l -> dedented.add(l.isBlank() ? "" : l.substring(indent)));
            regions.put(matcher.group(1), String.join("\n", dedented));
        }
        return regions;
    }

    private record Result(int exitCode, String output) {
    }

    /** Runs the snippet in bash (errors stop it), then prints the variables it was to set. */
    private Map<String, String> bash(String snippet, Map<String, String> environment, String... variables) throws Exception {
        StringBuilder script = new StringBuilder("set -euo pipefail\n").append(snippet).append('\n');
        for (String variable : variables) {
            script.append("echo \"").append(variable).append("=${").append(variable).append("}\"\n");
        }
        Result result = run(script.toString(), environment);
        assertThat(result.exitCode()).as("the snippet ran without error:%n%s%n%s", snippet, result.output()).isZero();
        Map<String, String> values = new HashMap<>();
        result.output().lines().forEach(line -> {
            for (String variable : variables) {
                if (line.startsWith(variable + "=")) {
                    values.put(variable, line.substring(variable.length() + 1));
                }
            }
        });
        for (String variable : variables) {
            assertThat(values.get(variable)).as(variable + " after:%n%s", result.output()).isNotBlank();
        }
        return values;
    }

    private Result run(String script, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
