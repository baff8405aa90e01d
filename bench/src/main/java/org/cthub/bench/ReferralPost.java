package org.cthub.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubMemory;
import org.cthub.deploy.support.HubProcess;

/**
 * Referral submission (POST /referrals, durable: 201 only once committed) at 32 connections against pgbench
 * replaying, at 32 clients, the SQL the hub ran for one referral as the PostgreSQL log showed it; then the hub
 * alone at a fixed 200 referrals/s for the p99 target.
 */
final class ReferralPost {

    static final int CONNECTIONS = 32;

    private ReferralPost() {
    }

    static void run() throws Exception {
        int seconds = Bench.seconds("bench.seconds", 30);
        BenchDatabase db = BenchDatabase.fromEnvironment();
        Capture.logEverything(db);
        Map<String, Object> result = new LinkedHashMap<>();
        Path script = Bench.work().resolve("referral-post.pgbench.sql");
        Load load = new Load();
        try (Hub capturing = Hub.dedicated("bench-post-capture", Partners.settings(Map.of()))) {
            Partners partners = new Partners(capturing, CONNECTIONS);
            URI uri = capturing.process().baseUri();
            for (int i = 0; i < 5; i++) {
                expect201(load, partners.submit(uri, partners.senderTokens.get(0)));
            }
            Capture.script(db, script, "insert into referral ", () -> expect201(load, partners.submit(uri, partners.senderTokens.get(0))));
            capturing.process().stop();
            Capture.perClientOrganisation(db, script, partners.senders, partners.sender());

            try (HubProcess hub = new HubProcess("bench-post", capturing.environment(Partners.settings(Map.of()))).start()) {
                URI base = hub.baseUri();
                AtomicInteger turn = new AtomicInteger();
                var requests = (java.util.function.Supplier<java.net.http.HttpRequest>) () ->
                        partners.submit(base, partners.senderTokens.get(Math.floorMod(turn.getAndIncrement(), CONNECTIONS)));
                load.closed("warm-up", CONNECTIONS, Duration.ofSeconds(10), requests);
                double loadBefore = Bench.loadAverage();
                long hubPid = HubMemory.hubPid();
                CpuMeter.Snapshot cpuBefore = CpuMeter.take(hubPid);
                Load.Outcome closed = load.closed("hub POST /referrals, 32 connections", CONNECTIONS, Duration.ofSeconds(seconds), requests);
                Map<String, Object> hubCpu = CpuMeter.perRequest(cpuBefore, CpuMeter.take(hubPid), closed.count());
                Load.Outcome fixed = load.fixedRate("hub POST /referrals at 200/s", 200, Duration.ofSeconds(seconds), 64, requests);
                double loadHub = Bench.loadAverage();
                hub.stop();
                CpuMeter.Snapshot replayBefore = CpuMeter.take(0);
                PgBench.Result pg = PgBench.run("pgbench replay, 32 clients", db, script, "simple", CONNECTIONS, seconds);
                Map<String, Object> replayCpu = CpuMeter.perRequest(replayBefore, CpuMeter.take(0), pg.transactions());
                result.put("loadAverage", Map.of("beforeHub", loadBefore, "afterHub", loadHub, "afterPgbench", Bench.loadAverage()));
                result.put("hub", closed.summary());
                result.put("hubCpuPerRequest", hubCpu);
                result.put("baseline", pg.summary());
                result.put("baselineCpuPerRequest", replayCpu);
                result.put("throughput", Bench.ratio(closed.perSecond(), pg.tps(), 0.25, hubCpu));
                Map<String, Object> rate = new LinkedHashMap<>(fixed.summary());
                rate.put("p99TargetMs", 50);
                rate.put("met", fixed.p99() <= 50 && fixed.errors() == 0);
                result.put("fixedRate200", rate);
                result.put("replayedStatements", Files.readAllLines(script).size() - 1);
                result.put("replayScript", "bench/target/referral-post.pgbench.sql");
                Bench.write("referral-post", result, "Referral POST: hub at 32 connections and at 200/s vs pgbench replay", "referrals",
                        List.of(closed.series(), pg.series(), fixed.series()));
            }
        }
    }

    static void expect201(Load load, java.net.http.HttpRequest request) {
        int status = load.send(request);
        if (status != 201) {
            throw new IllegalStateException("The hub answered a referral with " + status);
        }
    }
}
