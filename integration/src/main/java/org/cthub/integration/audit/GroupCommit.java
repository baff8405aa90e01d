package org.cthub.integration.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Writes items durably for many callers at once: each caller queues its item and returns only once a write
 * holding it has returned (committed). While one caller writes, the items of the callers arriving meanwhile
 * queue up, and the next caller to get the turn writes all of them in one go, as databases do with commits
 * (group commit). So a burst of N callers pays a few commits instead of N, and nobody returns before their
 * own item is written. A failed write fails exactly the callers whose items it held.
 *
 * <p>The writer runs on the caller's thread while the turn is held; callers must not hold resources the
 * writer needs (a database connection of a transaction of their own), or the turn could wait for them.
 */
final class GroupCommit<T> {

    private final Consumer<List<T>> writer;
    private final int maxBatch;
    private final ReentrantLock turn = new ReentrantLock();
    private final Queue<Waiting<T>> queue = new ConcurrentLinkedQueue<>();

    GroupCommit(Consumer<List<T>> writer, int maxBatch) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1");
        }
        this.writer = writer;
        this.maxBatch = maxBatch;
    }

    /** Returns once {@code item} is written; throws what the write that held it threw. */
    void write(T item) {
        Waiting<T> waiting = new Waiting<>(item);
        queue.add(waiting);
        turn.lock();
        try {
            // Still unwritten here means still queued: a writer sets the outcome of all it took before it
            // gives the turn up. It may lie beyond one batch, so write until it is done.
            while (!waiting.done) {
                writeBatch();
            }
        } finally {
            turn.unlock();
        }
        if (waiting.failure != null) {
            throw new AuditWriteFailed(waiting.failure);
        }
    }

    private void writeBatch() {
        List<Waiting<T>> batch = new ArrayList<>();
        for (Waiting<T> next; batch.size() < maxBatch && (next = queue.poll()) != null; ) {
            batch.add(next);
        }
        RuntimeException failure = null;
        try {
            writer.accept(batch.stream().map(Waiting::item).toList());
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Waiting<T> waiting : batch) {
            waiting.failure = failure;
            waiting.done = true;
        }
    }

    /** One caller's item; its fields are written and read only while holding the turn. */
    private static final class Waiting<T> {
        private final T item;
        private boolean done;
        private RuntimeException failure;

        Waiting(T item) {
            this.item = item;
        }

        T item() {
            return item;
        }
    }

    /** The write that held the caller's item failed; nothing of it was written. */
    static final class AuditWriteFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AuditWriteFailed(RuntimeException cause) {
            super("The audit log could not be written: " + cause.getClass().getName(), cause);
        }
    }
}
