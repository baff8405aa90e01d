package org.cthub.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database baseline: pgbench running a custom script against the benchmark's database, with progress every
 * second and a sampled per-transaction log for the latency percentiles.
 */
final class PgBench {

    private static final Pattern PROGRESS = Pattern.compile("progress: ([\\d.]+) s, ([\\d.]+) tps");
    private static final Pattern TPS = Pattern.compile("tps = ([\\d.]+) \\(without initial connection time\\)");

    /** What pgbench measured. */
    record Result(double tps, double p50, double p99, long transactions, Series series, String command) {

        Map<String, Object> summary() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("perSecond", tps);
            m.put("transactions", transactions);
            m.put("p50Ms", p50);
            m.put("p99Ms", p99);
            m.put("command", command);
            return m;
        }
    }

    private PgBench() {
    }

    static Result run(String name, BenchDatabase db, Path script, String mode, int clients, int seconds) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(Bench.work(), "pgbench-");
        List<String> command = List.of("pgbench", "-n", "-h", db.host(), "-p", String.valueOf(db.port()), "-U", db.user(),
                "-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(seconds), "-P", "1", "-M", mode,
                "-l", "--sampling-rate=0.2", "-f", script.toString(), db.name());
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", db.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no tps:\n" + output);
        }
        List<long[]> samples = new ArrayList<>();
        try (var logs = Files.list(dir)) {
            for (Path log : logs.toList()) {
                for (String line : Files.readAllLines(log)) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length >= 6) {
                        long done = Long.parseLong(f[4]) * 1_000_000L + Long.parseLong(f[5]);
                        samples.add(new long[] {done, Long.parseLong(f[2])});
                    }
                }
            }
        }
        long first = samples.stream().mapToLong(s -> s[0]).min().orElse(0);
        long[] latency = samples.stream().mapToLong(s -> s[1]).toArray();
        Series series = new Series(name);
        Matcher progress = PROGRESS.matcher(output);
        while (progress.find()) {
            double t = Double.parseDouble(progress.group(1));
            long[] lat = samples.stream().filter(s -> (s[0] - first) / 1_000_000L == (long) t - 1).mapToLong(s -> s[1]).toArray();
            series.add(t, Double.parseDouble(progress.group(2)), Stats.percentileMs(lat, lat.length, 50),
                    Stats.percentileMs(lat, lat.length, 99));
        }
        Bench.deleteTree(dir);
        double rate = Double.parseDouble(tps.group(1));
        return new Result(rate, Stats.percentileMs(latency, latency.length, 50), Stats.percentileMs(latency, latency.length, 99),
                Math.round(rate * seconds), series, String.join(" ", command.subList(0, command.size() - 1)).replace(script.toString(),
                        "<" + script.getFileName() + ">") + " <db>");
    }
}
