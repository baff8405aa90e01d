package org.cthub.integration.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.impl.DefaultCamelContext;
import org.cthub.persistence.delivery.MessageType;
import org.cthub.persistence.partner.Channel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The delivery routes with an outbox in memory: the poller claims no more than the hand-over room holds, goes
 * on claiming while claims fill it (so a backlog does not wait for the next interval), and a hand-over that
 * throws frees its place as one that succeeds does.
 */
class DeliveryRoutesTest {

    private static final int PARALLELISM = 8;
    private static final long ONE_HOUR_MS = 3_600_000;

    private final DefaultCamelContext camel = new DefaultCamelContext();

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void aBacklogGoesThroughWithinOneIntervalAndNeverMoreThanTheRoomIsClaimedAndUnfinished() throws Exception {
        FakeOutbox outbox = new FakeOutbox(100, Set.of());
        start(outbox);

        assertThat(outbox.awaitHandedOver(100)).as("all handed over well within the one-hour interval").isTrue();
        assertThat(outbox.handedOver).hasSize(100);
        assertThat(outbox.attempts.get()).isEqualTo(100);
        assertThat(outbox.mostUnfinished.get()).isPositive().isLessThanOrEqualTo(2 * PARALLELISM);
        assertThat(outbox.largestClaim.get()).isLessThanOrEqualTo(2 * PARALLELISM);
    }

    @Test
    void failedHandOversFreeTheirPlace() throws Exception {
        // more failures than the room has places: if a failure kept its place, the poller would stall
        Set<Integer> failing = Set.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 40, 41, 42, 43);
        FakeOutbox outbox = new FakeOutbox(100, failing);
        start(outbox);

        assertThat(outbox.awaitAttempted(100)).as("every delivery attempted within the one-hour interval").isTrue();
        assertThat(outbox.failed.get()).isEqualTo(failing.size());
        assertThat(outbox.handedOver).hasSize(100 - failing.size());
        assertThat(outbox.mostUnfinished.get()).isLessThanOrEqualTo(2 * PARALLELISM);
    }

    private void start(FakeOutbox outbox) throws Exception {
        DeliverySettings settings = new DeliverySettings();
        settings.batchSize = 50;
        settings.parallelism = PARALLELISM;
        DeliveryRoutes routes = new DeliveryRoutes();
        routes.delivering = outbox;
        routes.settings = settings;
        routes.pollIntervalMs = ONE_HOUR_MS;
        camel.addRoutes(routes);
        camel.start();
    }

    /** Due deliveries in memory; a hand-over takes a few milliseconds, and those named fail by throwing. */
    static final class FakeOutbox extends DeliveringDue {

        private final Deque<ClaimedDelivery> due = new ArrayDeque<>();
        private final List<UUID> order = new ArrayList<>();
        private final Set<Integer> failing;
        final Set<UUID> handedOver = ConcurrentHashMap.newKeySet();
        final AtomicInteger attempts = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger unfinished = new AtomicInteger();
        final AtomicInteger mostUnfinished = new AtomicInteger();
        final AtomicInteger largestClaim = new AtomicInteger();

        FakeOutbox(int count, Set<Integer> failing) {
            this.failing = failing;
            for (int i = 0; i < count; i++) {
                ClaimedDelivery delivery = new ClaimedDelivery(UUID.randomUUID(), UUID.randomUUID(), MessageType.REFERRAL,
                        UUID.randomUUID(), UUID.randomUUID(), Channel.WEBHOOK, 0, UUID.randomUUID());
                due.add(delivery);
                order.add(delivery.deliveryId());
            }
        }

        @Override
        public synchronized List<ClaimedDelivery> claim(int room) {
            List<ClaimedDelivery> claimed = new ArrayList<>();
            while (claimed.size() < room && !due.isEmpty()) {
                claimed.add(due.poll());
            }
            largestClaim.accumulateAndGet(claimed.size(), Math::max);
            mostUnfinished.accumulateAndGet(unfinished.addAndGet(claimed.size()), Math::max);
            return claimed;
        }

        @Override
        public void deliver(ClaimedDelivery delivery) {
            try {
                Thread.sleep(3);
                if (failing.contains(order.indexOf(delivery.deliveryId()))) {
                    failed.incrementAndGet();
                    throw new IllegalStateException("receiver unreachable");
                }
                handedOver.add(delivery.deliveryId());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                unfinished.decrementAndGet();
                synchronized (this) {
                    attempts.incrementAndGet();
                    notifyAll();
                }
            }
        }

        boolean awaitHandedOver(int count) throws InterruptedException {
            return await(() -> handedOver.size() >= count);
        }

        boolean awaitAttempted(int count) throws InterruptedException {
            return await(() -> attempts.get() >= count);
        }

        private synchronized boolean await(java.util.function.BooleanSupplier done) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!done.getAsBoolean()) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        }
    }
}
