package org.cthub.integration.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Runs the work several threads hand in at about the same time as one group (one transaction, one commit),
 * and each thread waits for its own result, as if it had run alone. No thread of its own: the first caller
 * that finds no group running runs every item waiting, and again while more came meanwhile; the others wait.
 * So a lone caller runs at once, and callers that would each have paid a commit share one. If the group
 * fails as a whole, each of its items runs alone, so one bad item fails only itself.
 *
 * @param <T> what is handed in
 * @param <R> its result, in the order of the items
 */
final class GroupCommit<T, R> {

    private final Function<List<T>, List<R>> together;
    private final Function<T, R> alone;
    private final int largest;
    private final Queue<Waiting<T, R>> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock running = new ReentrantLock();

    /**
     * @param together runs a group, answering one result per item in order
     * @param alone runs one item, when its group failed
     * @param largest the most items in one group
     */
    GroupCommit(Function<List<T>, List<R>> together, Function<T, R> alone, int largest) {
        this.together = together;
        this.alone = alone;
        this.largest = Math.max(1, largest);
    }

    /** Runs the item in a group with whatever else is waiting, and answers its result (or throws what it threw). */
    R run(T item) {
        Waiting<T, R> mine = new Waiting<>(item);
        waiting.add(mine);
        while (!mine.result.isDone()) {
            if (running.tryLock()) {
                try {
                    runWaiting();
                } finally {
                    running.unlock();
                }
            } else {
                awaitBriefly(mine);
            }
        }
        // An item added after the last look but before the lock was let go found the lock taken: its caller
        // waits, so run it now rather than after that caller's wait.
        while (!waiting.isEmpty() && running.tryLock()) {
            try {
                runWaiting();
            } finally {
                running.unlock();
            }
        }
        return result(mine);
    }

    private void runWaiting() {
        List<Waiting<T, R>> group = new ArrayList<>();
        for (Waiting<T, R> next = waiting.poll(); next != null; next = waiting.poll()) {
            group.add(next);
            if (group.size() == largest) {
                runGroup(group);
                group = new ArrayList<>();
            }
        }
        if (!group.isEmpty()) {
            runGroup(group);
        }
    }

    private void runGroup(List<Waiting<T, R>> group) {
        List<R> results;
        try {
            results = together.apply(group.stream().map(w -> w.item).toList());
        } catch (RuntimeException | Error groupFailed) {
            group.forEach(this::runAlone);
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).result.complete(results.get(i));
        }
    }

    private void runAlone(Waiting<T, R> one) {
        try {
            one.result.complete(alone.apply(one.item));
        } catch (RuntimeException | Error e) {
            one.result.completeExceptionally(e);
        }
    }

    /** Waits for the running group; short, so an item added just as the runner let go never waits long. */
    private static void awaitBriefly(Waiting<?, ?> mine) {
        try {
            mine.result.get(20, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException stillWaitingOrFailed) {
            // checked again by the caller's loop; a failure is thrown from result()
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a group", e);
        }
    }

    private static <R> R result(Waiting<?, R> mine) {
        try {
            return mine.result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a group", e);
        }
    }

    private static final class Waiting<T, R> {
        final T item;
        final CompletableFuture<R> result = new CompletableFuture<>();

        Waiting(T item) {
            this.item = item;
        }
    }
}
