package org.cthub.bench;

import java.util.Arrays;

/** Percentiles of latencies given in microseconds, in milliseconds. */
final class Stats {

    private Stats() {
    }

    static double percentileMs(long[] micros, int count, double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, index))] / 1000.0;
    }
}
