package org.cthub.deploy.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One hub, run as users run it: {@code java -jar cthub-bootable.jar} in a child process, configured only
 * through environment variables. Tests can stop it, kill it with SIGKILL, or start a second node on the
 * same database.
 */
public final class HubProcess implements AutoCloseable {

    /** Generous: a hub starts in well under a minute alone, but several builds may share the machine's cores. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("hub.start-timeout-seconds", 240));

    /**
     * The JVM options of README's start command, so that tests and benchmarks run the hub as users do: a heap that
     * starts small and grows to 512 MiB (the million-row import peaks near 250 MiB), the serial collector (two cores,
     * a small heap) and the client compiler only (start-up CPU nearly halved; see bench/README.md, cause 6).
     * {@code -Dhub.java-options=a,b,c} replaces them (the benchmarks compare settings with it).
     */
    public static final List<String> JAVA_OPTIONS = List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final String name;
    private final Map<String, String> environment;
    private final Path dataDir;
    private final Path logFile;
    private final int httpPort;
    private final int managementPort;
    private Process process;

    public HubProcess(String name, Map<String, String> environment) {
        this.name = name;
        this.httpPort = freePort();
        this.managementPort = freePort();
        try {
            Path target = Path.of(System.getProperty("hub.it-dir", "target/it")).toAbsolutePath();
            Files.createDirectories(target);
            this.dataDir = Files.createTempDirectory(target, name + "-data-");
            this.logFile = target.resolve(name + "-" + httpPort + ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> env = new HashMap<>(environment);
        env.put("HUB_HTTP_PORT", String.valueOf(httpPort));
        env.put("HUB_MANAGEMENT_PORT", String.valueOf(managementPort));
        env.putIfAbsent("HUB_DATA_DIR", dataDir.toString());
        this.environment = Map.copyOf(env);
    }

    public HubProcess start() {
        String jar = System.getProperty("hub.bootable-jar", "target/cthub-bootable.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        command.add(java);
        String options = System.getProperty("hub.java-options");
        command.addAll(options == null ? JAVA_OPTIONS : List.of(options.split(",")));
        command.add("-jar");
        command.add(jar);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("HUB_") || key.startsWith("POSTGRESQL_"));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the hub from " + jar, e);
        }
        try {
            awaitReady();
        } catch (RuntimeException e) {
            // a hub that did not come up must not outlive the test run
            process.destroyForcibly();
            throw e;
        }
        return this;
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(managementUri().resolve("/health/ready")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The hub exited with " + process.exitValue() + " while starting; see " + logFile);
            }
            if (log().contains("WFLYSRV0026")) {
                throw new IllegalStateException("The hub started with errors (its deployment failed); see " + logFile);
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                process.waitFor(250, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The hub was not ready within " + START_TIMEOUT + "; see " + logFile);
    }

    /** Stops the hub as an orchestrator would: SIGTERM, then wait. */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Kills the hub with SIGKILL, as a crash would. */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    public URI managementUri() {
        return URI.create("http://127.0.0.1:" + managementPort);
    }

    public Path dataDir() {
        return dataDir;
    }

    public String name() {
        return name;
    }

    /** Everything the hub has written to standard output and the server log so far. */
    public String log() {
        try {
            return Files.readString(logFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
