package org.cthub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the cores went during a phase: CPU seconds of the hub's JVM, of PostgreSQL (every server process,
 * and the backends that ended meanwhile), of this JVM with the children it waited for (the load generator,
 * the receiver, pgbench), and of the whole machine, from {@code /proc}. Divided by the phase's requests this
 * gives each part's CPU cost per request, which, unlike a rate, hardly depends on what else the machine
 * ran; the rate the cores could carry if the hub and PostgreSQL had them to themselves; and the rate they could
 * carry for PostgreSQL's part alone, which bounds what any hub asking the database for the same work can reach.
 */
final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    /** Cumulative CPU seconds at one moment. */
    record Snapshot(double hub, double postgres, double bench, double machine) {
    }

    private CpuMeter() {
    }

    /** CPU seconds so far; {@code hubPid} 0 when no hub runs. */
    static Snapshot take(long hubPid) {
        return new Snapshot(hubPid == 0 ? 0 : processSeconds(hubPid, false), postgresSeconds(), processSeconds(ProcessHandle.current().pid(), true),
                machineBusySeconds());
    }

    /** Per-request CPU milliseconds of each part between two snapshots, and the rate two parts' cost allows. */
    static Map<String, Object> perRequest(Snapshot before, Snapshot after, long requests) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (requests <= 0) {
            return m;
        }
        double hub = (after.hub() - before.hub()) * 1000 / requests;
        double postgres = (after.postgres() - before.postgres()) * 1000 / requests;
        double bench = (after.bench() - before.bench()) * 1000 / requests;
        double machine = (after.machine() - before.machine()) * 1000 / requests;
        m.put("hubMs", round(hub));
        m.put("postgresMs", round(postgres));
        m.put("loadGeneratorMs", round(bench));
        m.put("otherProcessesMs", round(Math.max(0, machine - hub - postgres - bench)));
        int cores = Runtime.getRuntime().availableProcessors();
        // what the cores could serve if only the hub (if any) and PostgreSQL used them, at this cost per request
        m.put("ceilingPerSecond", Math.round(cores * 1000 / Math.max(0.001, hub + postgres)));
        // ... and if only PostgreSQL's part of the work cost anything (the hub and the load generator free)
        m.put("postgresCeilingPerSecond", Math.round(cores * 1000 / Math.max(0.001, postgres)));
        return m;
    }

    private static double round(double ms) {
        return Math.round(ms * 1000) / 1000.0;
    }

    /** utime + stime of a process; with {@code children}, also what its waited-for children used. */
    private static double processSeconds(long pid, boolean children) {
        String[] f = statFields(Path.of("/proc", Long.toString(pid), "stat"));
        if (f == null) {
            return 0;
        }
        // fields after the command: [0] state … utime is field 14 of stat, i.e. index 11 here
        double ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        if (children) {
            ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** Every postgres process's own CPU, plus what its exited children used (counted in their parents). */
    private static double postgresSeconds() {
        double ticks = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                String comm = read(proc.resolve("comm"));
                if (comm == null || !comm.strip().startsWith("postgres")) {
                    continue;
                }
                String[] f = statFields(proc.resolve("stat"));
                if (f != null) {
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** Busy CPU seconds of all cores (everything but idle and I/O wait), from /proc/stat. */
    private static double machineBusySeconds() {
        String stat = read(Path.of("/proc/stat"));
        if (stat == null) {
            return 0;
        }
        String[] f = stat.lines().findFirst().orElse("cpu").trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < Math.min(f.length, 9); i++) {
            if (i != 4 && i != 5) { // idle, iowait
                busy += Long.parseLong(f[i]);
            }
        }
        return busy / TICKS_PER_SECOND;
    }

    /** The fields of /proc/PID/stat after the command name (which may hold spaces). */
    private static String[] statFields(Path stat) {
        String text = read(stat);
        if (text == null) {
            return null;
        }
        return text.substring(text.lastIndexOf(')') + 2).trim().split("\\s+");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return null;
        }
    }
}
