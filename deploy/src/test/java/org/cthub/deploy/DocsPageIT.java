package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The integrators' documentation page as a browser shows it: headless Chromium loads {@code /docs}, runs
 * Swagger UI under the hub's Content-Security-Policy, and Swagger UI fetches and renders the live
 * {@code /openapi} document. Checking the served files (see {@link OpenApiIT}) cannot catch a script the
 * CSP blocks, a wrong asset path or a contract Swagger UI renders badly; this can.
 *
 * <p>Needs Chromium ({@code apt-get install chromium}, or {@code -Dhub.chromium=/path/to/chromium}). Without
 * it the test fails: a skipped test would hide that the page was never checked.
 */
@ExtendWith(HubExtension.class)
class DocsPageIT {

    private static final List<Path> BROWSERS = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));
    private static final long TIMEOUT_SECONDS = 60;

    private static Path browser;

    /** Before the hub starts: a missing browser fails fast. */
    @BeforeAll
    static void findBrowser() {
        browser = browser();
    }

    @Test
    void rendersTheLiveContractInABrowser(Hub hub) throws Exception {
        Rendered page = render(hub.process().baseUri() + "/docs");

        assertThat(page.dom())
                .as("DOM after Swagger UI ran; browser log:%n%s", page.log())
                // only in the rendered info block, not the static <title>
                .contains("<h1 class=\"title\">CT Hub API")
                .contains("data-path=\"/organisations\"", "data-path=\"/oauth2/token\"")
                .contains("data-tag=\"Organisations\"", "data-tag=\"Access\"", "data-tag=\"Partner systems\"")
                // the operation sits in its tag's section
                .contains("id=\"operations-Organisations-listOrganisations\"", "id=\"operations-Access-issueToken\"")
                .doesNotContain("Failed to load API definition");
        assertThat(page.log())
                .as("the browser reports no Content-Security-Policy violation")
                .doesNotContain("Content Security Policy");
    }

    private record Rendered(String dom, String log) {
    }

    private static Rendered render(String url) throws IOException, InterruptedException {
        // the DOM and the browser's log stay beside the hub's log for a failed run; the profile is removed
        Path itDir = Files.createDirectories(Path.of(System.getProperty("hub.it-dir", "target/it")).toAbsolutePath());
        Path work = Files.createTempDirectory(itDir, "chromium-");
        Path profile = Files.createDirectory(work.resolve("profile"));
        Path dom = work.resolve("dom.html");
        Path log = work.resolve("chromium.log");
        Process process = new ProcessBuilder(List.of(browser.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile,
                "--enable-logging=stderr", "--v=0",
                "--dump-dom", "--virtual-time-budget=15000",
                url))
                .redirectOutput(dom.toFile())
                .redirectError(log.toFile())
                .start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail("Chromium did not finish within %d s; its log:%n%s", TIMEOUT_SECONDS, Files.readString(log));
            }
            assertThat(process.exitValue()).as("Chromium's exit code; its log:%n%s", Files.readString(log)).isZero();
            return new Rendered(Files.readString(dom), Files.readString(log));
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            deleteRecursively(profile);
        }
    }

    private static Path browser() {
        String configured = System.getProperty("hub.chromium", "");
        List<Path> candidates = configured.isBlank() ? BROWSERS : List.of(Path.of(configured));
        return candidates.stream().filter(Files::isExecutable).findFirst().orElseGet(() -> fail(
                "DocsPageIT renders the docs page in headless Chromium, but none was found at %s. Install it "
                        + "(Debian/Ubuntu: apt-get update && apt-get install -y chromium) or point -Dhub.chromium at one.",
                candidates));
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
