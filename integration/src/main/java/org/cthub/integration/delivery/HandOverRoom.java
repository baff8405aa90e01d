package org.cthub.integration.delivery;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The places of one node's hand-overs: as many claimed deliveries may wait as are being handed over, so a
 * claim waits at most about one hand-over, well inside its lease. A place is taken when a delivery is claimed
 * and freed when its hand-over is recorded (or failed). The poller waits until half the places are free, so it
 * claims in batches while the other half are still being handed over, and no consumer waits for a claim.
 */
final class HandOverRoom {

    private final int handOvers;
    private final Semaphore free;

    /** Room for {@code handOvers} running at once and as many waiting. */
    HandOverRoom(int handOvers) {
        this.handOvers = handOvers;
        this.free = new Semaphore(2 * handOvers);
    }

    /** How many deliveries fit in at most: those being handed over and those waiting. */
    int places() {
        return 2 * handOvers;
    }

    /**
     * Waits up to {@code patience} until at least as many places are free as run at once, then takes every
     * free place; 0 when they did not free in time (every hand-over is slow) or the node is stopping.
     */
    int take(Duration patience) {
        try {
            if (!free.tryAcquire(handOvers, patience.toMillis(), TimeUnit.MILLISECONDS)) {
                return 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        return handOvers + free.drainPermits();
    }

    /** Frees places: a hand-over ended, or a claim found fewer deliveries due than it had places for. */
    void free(int places) {
        free.release(places);
    }
}
