package org.cthub.bench;

import java.util.ArrayList;
import java.util.List;

/** One side of a benchmark over time: per second, completions and latency (p50, p99 in ms; NaN where unknown). */
final class Series {

    final String name;
    final List<double[]> points = new ArrayList<>();

    Series(String name) {
        this.name = name;
    }

    /** Adds second {@code t}: throughput per second and latencies in ms. */
    Series add(double t, double perSecond, double p50, double p99) {
        points.add(new double[] {t, perSecond, p50, p99});
        return this;
    }
}
