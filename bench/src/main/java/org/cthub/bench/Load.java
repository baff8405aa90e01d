package org.cthub.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The Java load generator. Closed loop: N connections, each sending its next request when the last is
 * answered. Fixed rate: requests are due on a fixed schedule (as wrk2 does) and each one's latency counts from
 * when it was due, not when a worker got round to sending it, so a stall shows up in the figures instead of
 * slowing the schedule down (no coordinated omission).
 */
final class Load {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Outcome of one run: every answer's completion time and latency, and the non-2xx count. */
    record Outcome(String name, long startNanos, long[] doneAt, long[] latencyMicros, int count, long errors, double seconds) {

        double perSecond() {
            return count / seconds;
        }

        double p50() {
            return Stats.percentileMs(latencyMicros, count, 50);
        }

        double p99() {
            return Stats.percentileMs(latencyMicros, count, 99);
        }

        /** Per second of the run: answers and their p50/p99. */
        Series series() {
            Series series = new Series(name);
            int secondsLong = (int) Math.ceil(seconds);
            for (int s = 0; s < secondsLong; s++) {
                long[] lat = new long[count];
                int n = 0;
                for (int i = 0; i < count; i++) {
                    if ((doneAt[i] - startNanos) / 1_000_000_000L == s) {
                        lat[n++] = latencyMicros[i];
                    }
                }
                series.add(s + 1, n, Stats.percentileMs(lat, n, 50), Stats.percentileMs(lat, n, 99));
            }
            return series;
        }

        java.util.Map<String, Object> summary() {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("requests", count);
            m.put("errors", errors);
            m.put("seconds", seconds);
            m.put("perSecond", perSecond());
            m.put("p50Ms", p50());
            m.put("p99Ms", p99());
            return m;
        }
    }

    /** {@code connections} loops sending requests back to back for {@code duration}. */
    Outcome closed(String name, int connections, Duration duration, Supplier<HttpRequest> requests) throws Exception {
        int capacity = 4_000_000;
        long[] doneAt = new long[capacity];
        long[] latency = new long[capacity];
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<?>> loops = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            loops.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    HttpRequest request = requests.get();
                    long sent = System.nanoTime();
                    int status = send(request);
                    long done = System.nanoTime();
                    record(next, doneAt, latency, done, (done - sent) / 1000, capacity);
                    if (status / 100 != 2) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> loop : loops) {
            loop.get();
        }
        pool.shutdown();
        int count = (int) Math.min(next.get(), capacity);
        return new Outcome(name, start, doneAt, latency, count, errors.get(), (System.nanoTime() - start) / 1e9);
    }

    /** {@code rate} requests per second on a fixed schedule for {@code duration}, sent by up to {@code workers} at once. */
    Outcome fixedRate(String name, double rate, Duration duration, int workers, Supplier<HttpRequest> requests) throws Exception {
        int total = (int) (rate * duration.toSeconds());
        long[] doneAt = new long[total];
        long[] latency = new long[total];
        AtomicLong next = new AtomicLong();
        AtomicLong recorded = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime() + 100_000_000L;
        long interval = (long) (1e9 / rate);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<?>> loops = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            loops.add(pool.submit(() -> {
                long i;
                while ((i = next.getAndIncrement()) < total) {
                    long due = start + i * interval;
                    if (System.nanoTime() - due > 10_000_000_000L) {
                        // ten seconds behind schedule: the rest are counted as failed, unsent, so a run ends on time
                        errors.incrementAndGet();
                        record(recorded, doneAt, latency, System.nanoTime(), (System.nanoTime() - due) / 1000, total);
                        continue;
                    }
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    int status = send(requests.get());
                    long done = System.nanoTime();
                    record(recorded, doneAt, latency, done, (done - due) / 1000, total);
                    if (status / 100 != 2) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> loop : loops) {
            loop.get();
        }
        pool.shutdown();
        return new Outcome(name, start, doneAt, latency, total, errors.get(), (System.nanoTime() - start) / 1e9);
    }

    private static void record(AtomicLong next, long[] doneAt, long[] latency, long done, long micros, int capacity) {
        int slot = (int) next.getAndIncrement();
        if (slot < capacity) {
            doneAt[slot] = done;
            latency[slot] = micros;
        }
    }

    int send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return 599;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 599;
        }
    }

    HttpClient client() {
        return client;
    }
}
