package org.cthub.persistence.delivery;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When to try a failed delivery again: exponential from {@code initial}, capped at {@code max}, with "equal
 * jitter" (half the delay fixed, half random) so that deliveries failing together do not retry together,
 * and a limit on attempts after which the delivery is dead-lettered.
 */
public record Backoff(Duration initial, Duration max, int maxAttempts) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("Backoff needs 0 < initial <= max and at least one attempt");
        }
    }

    /**
     * The delay before the attempt that follows {@code attemptsMade} failed ones: between half the ceiling and
     * the ceiling, placed by {@code random} (a draw in [0, 1)).
     */
    public Duration delayAfter(int attemptsMade, DoubleSupplier random) {
        long ceiling = ceiling(attemptsMade).toMillis();
        long half = ceiling / 2;
        return Duration.ofMillis(ceiling - half + (long) (random.getAsDouble() * (half + 1)));
    }

    /** The delay without jitter: initial × 2^(attempts − 1), never above max. */
    public Duration ceiling(int attemptsMade) {
        long millis = initial.toMillis();
        for (int i = 1; i < attemptsMade; i++) {
            millis *= 2;
            if (millis >= max.toMillis()) {
                return max;
            }
        }
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }

    public boolean exhausted(int attemptsMade) {
        return attemptsMade >= maxAttempts;
    }
}
