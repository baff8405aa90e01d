package org.cthub.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Entry point of bench/run: one benchmark by name; each writes bench/results/NAME.json and NAME.png. */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length == 0 ? "" : args[0];
        switch (name) {
            case "referral-post" -> ReferralPost.run();
            case "referral-get" -> ReferralGet.run();
            case "deliveries" -> Deliveries.run();
            case "import" -> ReportImport.run();
            case "start-memory" -> StartMemory.run();
            default -> throw new IllegalArgumentException("Unknown benchmark '" + name
                    + "': referral-post, referral-get, deliveries, import, start-memory");
        }
        // the JDK HTTP client's selector threads would keep the JVM alive
        System.exit(0);
    }

    /** bench/target: hub logs, generated files, scratch. */
    static Path work() {
        return Path.of(System.getProperty("hub.it-dir", "bench/target")).toAbsolutePath();
    }

    static Path results() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("bench.results", "bench/results")).toAbsolutePath());
    }

    static int seconds(String property, int fallback) {
        return Integer.getInteger(property, fallback);
    }

    /** The 1-minute load average now: what else the two cores were doing shows up here. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** What the figures were measured on. */
    static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("cpu", firstValue("/proc/cpuinfo", "model name"));
        m.put("memory", firstValue("/proc/meminfo", "MemTotal"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        return m;
    }

    private static String firstValue(String file, String key) {
        try (Stream<String> lines = Files.lines(Path.of(file))) {
            return lines.filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    /** Writes NAME.json (the result plus when and where) and NAME.png, and prints the JSON. */
    static void write(String name, Map<String, Object> result, String title, String unit, List<Series> series) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("benchmark", name);
        document.put("at", Instant.now().toString());
        document.put("machine", machine());
        document.putAll(result);
        String json = Json.write(document);
        Files.writeString(results().resolve(name + ".json"), json, StandardCharsets.UTF_8);
        Plot.write(results().resolve(name + ".png"), title, unit, series);
        System.out.println(json);
    }

    static Map<String, Object> ratio(double hub, double baseline, double target) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ratio", hub / baseline);
        m.put("target", target);
        m.put("met", hub / baseline >= target);
        return m;
    }

    /**
     * The ratio, and the most it could be here if the hub and the load generator cost nothing: the rate the
     * cores allow for PostgreSQL's part of the hub's work alone ({@link CpuMeter}), over the baseline's. A target
     * above that bound cannot be met on this machine by making the hub faster, only by asking the database for
     * less per request.
     */
    static Map<String, Object> ratio(double hub, double baseline, double target, Map<String, Object> hubCpu) {
        Map<String, Object> m = ratio(hub, baseline, target);
        if (hubCpu.get("postgresCeilingPerSecond") instanceof Number bound) {
            m.put("atMostForThisDatabaseWork", Math.round(bound.doubleValue() / baseline * 1000) / 1000.0);
        }
        return m;
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
