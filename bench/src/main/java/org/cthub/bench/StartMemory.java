package org.cthub.bench;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubMemory;
import org.cthub.deploy.support.HubProcess;

/**
 * Start time to ready (GET /health/ready answers 200), on a fresh database (Flyway migrates it) and again on the
 * migrated one, and the hub's resident set size after start and after five minutes of load (referral POSTs and
 * GETs at 32 connections, closed loop). The hub runs with the JVM options the harness starts it with
 * ({@code HubProcess.JAVA_OPTIONS}, README's start command). No baseline: the targets are absolute.
 */
final class StartMemory {

    private StartMemory() {
    }

    static void run() throws Exception {
        int loadSeconds = Bench.seconds("bench.load-seconds", 300);
        BenchDatabase db = BenchDatabase.fromEnvironment();
        Map<String, Object> result = new LinkedHashMap<>();
        double loadBefore = Bench.loadAverage();
        long t0 = System.nanoTime();
        try (Hub first = Hub.dedicated("bench-start-fresh", Partners.settings(Map.of()))) {
            double freshStart = (System.nanoTime() - t0) / 1e9;
            Partners partners = new Partners(first, 32);
            first.process().stop();
            long t1 = System.nanoTime();
            try (HubProcess hub = new HubProcess("bench-start", first.environment(Partners.settings(Map.of()))).start()) {
                double restart = (System.nanoTime() - t1) / 1e9;
                long pid = HubMemory.hubPid();
                Thread.sleep(5000);
                long rssStart = HubMemory.rssBytes(pid);
                URI base = hub.baseUri();
                Load load = new Load();
                AtomicInteger turn = new AtomicInteger();
                Series rss = new Series("hub RSS MiB");
                List<String> ids = new java.util.concurrent.CopyOnWriteArrayList<>();
                load.closed("seed", 8, Duration.ofSeconds(5), () -> partners.submit(base, partners.senderTokens.get(Math.floorMod(turn.getAndIncrement(), 32))));
                ids.addAll(ReferralGet.referralIds(db));
                long loadStart = System.nanoTime();
                CompletableFuture<Load.Outcome> posts = CompletableFuture.supplyAsync(() -> call(() -> load.closed("hub POST /referrals, 8 connections", 8,
                        Duration.ofSeconds(loadSeconds), () -> partners.submit(base, partners.senderTokens.get(Math.floorMod(turn.getAndIncrement(), 32))))));
                CompletableFuture<Load.Outcome> reads = CompletableFuture.supplyAsync(() -> call(() -> load.closed("hub GET /referrals/{id}, 24 connections", 24,
                        Duration.ofSeconds(loadSeconds), () -> partners.read(base, partners.recipientToken,
                                ids.get(ThreadLocalRandom.current().nextInt(ids.size()))))));
                long peakRss = 0;
                while (!(posts.isDone() && reads.isDone())) {
                    Thread.sleep(1000);
                    long now = HubMemory.rssBytes(pid);
                    peakRss = Math.max(peakRss, now);
                    rss.add((System.nanoTime() - loadStart) / 1e9, HubMemory.mib(now), Double.NaN, Double.NaN);
                }
                long rssAfter = HubMemory.rssBytes(pid);
                Map<String, Object> start = new LinkedHashMap<>();
                start.put("freshDatabaseSeconds", freshStart);
                start.put("restartSeconds", restart);
                start.put("targetSeconds", 10);
                start.put("freshMet", freshStart <= 10);
                start.put("restartMet", restart <= 10);
                Map<String, Object> memory = new LinkedHashMap<>();
                memory.put("rssAfterStartMiB", HubMemory.mib(rssStart));
                memory.put("rssAfterLoadMiB", HubMemory.mib(rssAfter));
                memory.put("rssPeakMiB", HubMemory.mib(peakRss));
                memory.put("loadSeconds", loadSeconds);
                memory.put("targetMiB", 600);
                memory.put("met", HubMemory.mib(Math.max(rssAfter, peakRss)) <= 600);
                memory.put("jvm", System.getProperty("hub.java-options", String.join(",", HubProcess.JAVA_OPTIONS)));
                result.put("loadAverage", Map.of("beforeStart", loadBefore, "afterLoad", Bench.loadAverage()));
                result.put("start", start);
                result.put("memory", memory);
                result.put("posts", posts.get().summary());
                result.put("reads", reads.get().summary());
                Bench.write("start-memory", result, "Start and memory: hub RSS (MiB) and load (requests/s) over 5 minutes",
                        "requests/s and RSS MiB", List.of(rss, posts.get().series(), reads.get().series()));
            }
        }
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
