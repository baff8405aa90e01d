package org.cthub.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubMemory;
import org.cthub.deploy.support.HubProcess;

/**
 * Referral GET by id (as the recipient: decrypted, audited) at 32 connections against pgbench selecting the
 * same rows of the referral table by id at 32 clients.
 */
final class ReferralGet {

    private ReferralGet() {
    }

    static void run() throws Exception {
        int seconds = Bench.seconds("bench.seconds", 30);
        int connections = ReferralPost.CONNECTIONS;
        BenchDatabase db = BenchDatabase.fromEnvironment();
        Load load = new Load();
        Map<String, Object> result = new LinkedHashMap<>();
        Path replay = Bench.work().resolve("referral-get-replay.pgbench.sql");
        Capture.logEverything(db);
        try (Hub capturing = Hub.dedicated("bench-get-capture", Partners.settings(Map.of()))) {
            Partners partners = new Partners(capturing, connections);
            URI first = capturing.process().baseUri();
            for (int i = 0; i < 5; i++) {
                ReferralPost.expect201(load, partners.submit(first, partners.senderTokens.get(i)));
            }
            List<String> seeded = referralIds(db);
            for (String id : seeded) {
                load.send(partners.read(first, partners.recipientToken, id));
            }
            Capture.script(db, replay, "insert into audit_entry", () -> load.send(partners.read(first, partners.recipientToken, seeded.get(0))));
            capturing.process().stop();
            try (HubProcess hub = new HubProcess("bench-get", capturing.environment(Partners.settings(Map.of()))).start()) {
                URI base = hub.baseUri();
                AtomicInteger turn = new AtomicInteger();
                load.closed("fill", connections, Duration.ofSeconds(Bench.seconds("bench.fill-seconds", 15)),
                        () -> partners.submit(base, partners.senderTokens.get(Math.floorMod(turn.getAndIncrement(), connections))));
                List<String> ids = referralIds(db);
                Supplier<HttpRequest> reads = () -> partners.read(base, partners.recipientToken,
                        ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
                load.closed("warm-up", connections, Duration.ofSeconds(10), reads);
                double loadBefore = Bench.loadAverage();
                long hubPid = HubMemory.hubPid();
                CpuMeter.Snapshot cpuBefore = CpuMeter.take(hubPid);
                Load.Outcome hubReads = load.closed("hub GET /referrals/{id}, 32 connections", connections, Duration.ofSeconds(seconds), reads);
                Map<String, Object> hubCpu = CpuMeter.perRequest(cpuBefore, CpuMeter.take(hubPid), hubReads.count());
                double loadHub = Bench.loadAverage();
                hub.stop();
                db.execute("CREATE TABLE bench_referral_ids AS SELECT row_number() OVER () AS n, id FROM referral");
                db.execute("ALTER TABLE bench_referral_ids ADD PRIMARY KEY (n)");
                db.execute("ANALYZE bench_referral_ids");
                Path script = Bench.work().resolve("referral-get.pgbench.sql");
                Files.writeString(script, "\\set n random(1, " + ids.size() + ")\n"
                        + "SELECT r.* FROM referral r WHERE r.id = (SELECT id FROM bench_referral_ids WHERE n = :n);\n");
                CpuMeter.Snapshot selectBefore = CpuMeter.take(0);
                PgBench.Result pg = PgBench.run("pgbench SELECT by id, 32 clients", db, script, "prepared", connections, seconds);
                Map<String, Object> selectCpu = CpuMeter.perRequest(selectBefore, CpuMeter.take(0), pg.transactions());
                double loadSelect = Bench.loadAverage();
                CpuMeter.Snapshot replayBefore = CpuMeter.take(0);
                PgBench.Result pgReplay = PgBench.run("pgbench replay of the hub's SQL for a GET, 32 clients", db, replay, "simple",
                        connections, seconds);
                Map<String, Object> replayCpu = CpuMeter.perRequest(replayBefore, CpuMeter.take(0), pgReplay.transactions());
                result.put("loadAverage", Map.of("beforeHub", loadBefore, "afterHub", loadHub, "afterSelect", loadSelect,
                        "afterReplay", Bench.loadAverage()));
                result.put("referrals", ids.size());
                result.put("hub", hubReads.summary());
                result.put("hubCpuPerRequest", hubCpu);
                result.put("baseline", pg.summary());
                result.put("baselineCpuPerRequest", selectCpu);
                result.put("throughput", Bench.ratio(hubReads.perSecond(), pg.tps(), 0.2, hubCpu));
                result.put("baselineScript", Files.readString(script));
                Map<String, Object> second = new LinkedHashMap<>(pgReplay.summary());
                second.put("ratio", hubReads.perSecond() / pgReplay.tps());
                second.put("script", "bench/target/referral-get-replay.pgbench.sql (the statements the hub ran for one GET, "
                        + "from the PostgreSQL log: the read and the audit entry)");
                second.put("cpuPerRequest", replayCpu);
                result.put("replayBaseline", second);
                Bench.write("referral-get", result, "Referral GET by id: hub vs pgbench SELECT and vs pgbench replay, 32 connections",
                        "reads", List.of(hubReads.series(), pg.series(), pgReplay.series()));
            }
        }
    }

    static List<String> referralIds(BenchDatabase db) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM referral")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
