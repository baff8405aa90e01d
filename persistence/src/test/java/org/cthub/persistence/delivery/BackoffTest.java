package org.cthub.persistence.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(10), 5);

    @Test
    void doublesTheCeilingWithEachFailedAttempt() {
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff.ceiling(4)).isEqualTo(Duration.ofSeconds(80));
    }

    @Test
    void neverWaitsLongerThanTheMaximum() {
        assertThat(backoff.ceiling(7)).isEqualTo(Duration.ofMinutes(10));
        assertThat(backoff.ceiling(1_000)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void jittersBetweenHalfTheCeilingAndTheCeiling() {
        Random random = new Random(42);
        for (int attempts = 1; attempts <= 12; attempts++) {
            Duration ceiling = backoff.ceiling(attempts);
            for (int i = 0; i < 200; i++) {
                assertThat(backoff.delayAfter(attempts, random::nextDouble)).isBetween(ceiling.dividedBy(2), ceiling);
            }
        }
        assertThat(backoff.delayAfter(3, () -> 0.0)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff.delayAfter(3, () -> 0.999_999_9)).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void spreadsRetriesThatFailedTogether() {
        Random random = new Random(7);
        long distinct = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> backoff.delayAfter(3, random::nextDouble)).distinct().count();
        assertThat(distinct).isGreaterThan(40);
    }

    @Test
    void isExhaustedAtTheAttemptLimit() {
        assertThat(backoff.exhausted(4)).isFalse();
        assertThat(backoff.exhausted(5)).isTrue();
    }

    @Test
    void refusesLimitsThatMakeNoSense() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
