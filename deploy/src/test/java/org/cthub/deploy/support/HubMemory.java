package org.cthub.deploy.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What a hub's JVM holds: resident set size from /proc, heap in use from jstat (ReportMillionRowsIT, bench/). */
public final class HubMemory {

    private HubMemory() {
    }

    /** The newest hub process this JVM started (java -jar ...). */
    public static long hubPid() {
        return ProcessHandle.current().descendants().filter(p -> p.info().commandLine().orElse("").contains("-jar"))
                .mapToLong(ProcessHandle::pid).max().orElseThrow();
    }

    public static long rssBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return 0;
    }

    /** Heap in use (survivors, eden, old) as jstat reports it, in bytes; 0 when jstat cannot tell. */
    public static long heapUsed(long pid) {
        try {
            Process jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc", Long.toString(pid))
                    .redirectErrorStream(true).start();
            List<String> lines = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            jstat.waitFor();
            String[] names = lines.get(0).trim().split("\\s+");
            String[] values = lines.get(1).trim().split("\\s+");
            double kib = 0;
            for (int i = 0; i < names.length; i++) {
                if (List.of("S0U", "S1U", "EU", "OU").contains(names[i])) {
                    kib += Double.parseDouble(values[i]);
                }
            }
            return (long) (kib * 1024);
        } catch (IOException | RuntimeException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    public static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
