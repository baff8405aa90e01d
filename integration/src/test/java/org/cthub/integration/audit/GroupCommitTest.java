package org.cthub.integration.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private final ExecutorService callers = Executors.newCachedThreadPool();
    /** Every batch the writer was given, in order. */
    private final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void aLoneCallerReturnsOnceItsItemIsWritten() {
        GroupCommit<String> commit = new GroupCommit<>(batches::add, 10);

        commit.write("a");

        assertThat(batches).containsExactly(List.of("a"));
    }

    @Test
    void callersArrivingDuringAWriteAreWrittenTogetherInTheNext() throws Exception {
        CountDownLatch firstWriteHeld = new CountDownLatch(1);
        CountDownLatch releaseFirstWrite = new CountDownLatch(1);
        GroupCommit<String> commit = new GroupCommit<>(batch -> {
            if (batches.isEmpty()) {
                firstWriteHeld.countDown();
                await(releaseFirstWrite);
            }
            batches.add(batch);
        }, 10);

        Future<?> first = callers.submit(() -> commit.write("first"));
        assertThat(firstWriteHeld.await(10, TimeUnit.SECONDS)).isTrue();
        List<Thread> waiting = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> later = new ArrayList<>();
        for (String item : List.of("b", "c", "d", "e")) {
            later.add(callers.submit(() -> {
                waiting.add(Thread.currentThread());
                commit.write(item);
            }));
        }
        // all four are queued and waiting for the turn while the first write is under way
        awaitUntil(() -> waiting.size() == 4 && waiting.stream().allMatch(t -> t.getState() == Thread.State.WAITING));
        assertThat(later).noneMatch(Future::isDone);
        releaseFirstWrite.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (Future<?> f : later) {
            f.get(10, TimeUnit.SECONDS);
        }

        assertThat(batches).hasSize(2);
        assertThat(batches.get(0)).containsExactly("first");
        assertThat(batches.get(1)).containsExactlyInAnyOrder("b", "c", "d", "e");
    }

    @Test
    void manyCallersEachReturnOnlyAfterTheirOwnItemIsWrittenExactlyOnce() throws Exception {
        Set<String> written = ConcurrentHashMap.newKeySet();
        List<String> duplicates = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<String> commit = new GroupCommit<>(batch -> {
            sleep(1);
            batch.forEach(item -> {
                if (!written.add(item)) {
                    duplicates.add(item);
                }
            });
            batches.add(batch);
        }, 7);
        List<String> notYetWrittenOnReturn = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> all = new ArrayList<>();
        for (int caller = 0; caller < 32; caller++) {
            int c = caller;
            all.add(callers.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    String item = c + "-" + i;
                    commit.write(item);
                    if (!written.contains(item)) {
                        notYetWrittenOnReturn.add(item);
                    }
                }
            }));
        }
        for (Future<?> f : all) {
            f.get(60, TimeUnit.SECONDS);
        }

        assertThat(written).hasSize(32 * 20);
        assertThat(duplicates).isEmpty();
        assertThat(notYetWrittenOnReturn).isEmpty();
        assertThat(batches).allSatisfy(batch -> assertThat(batch).hasSizeBetween(1, 7));
    }

    @Test
    void aFailedWriteFailsTheCallersItHeldAndTheNextWriteGoesOn() throws Exception {
        CountDownLatch firstWriteHeld = new CountDownLatch(1);
        CountDownLatch releaseFirstWrite = new CountDownLatch(1);
        Consumer<List<String>> writer = batch -> {
            if (batches.isEmpty()) {
                batches.add(batch);
                firstWriteHeld.countDown();
                await(releaseFirstWrite);
                return;
            }
            if (batch.contains("poison")) {
                throw new IllegalStateException("database refused the batch");
            }
            batches.add(batch);
        };
        GroupCommit<String> commit = new GroupCommit<>(writer, 10);
        Future<?> first = callers.submit(() -> commit.write("first"));
        assertThat(firstWriteHeld.await(10, TimeUnit.SECONDS)).isTrue();
        List<Thread> waiting = Collections.synchronizedList(new ArrayList<>());
        Future<?> poison = callers.submit(() -> {
            waiting.add(Thread.currentThread());
            commit.write("poison");
        });
        Future<?> bystander = callers.submit(() -> {
            waiting.add(Thread.currentThread());
            commit.write("bystander");
        });
        awaitUntil(() -> waiting.size() == 2 && waiting.stream().allMatch(t -> t.getState() == Thread.State.WAITING));
        releaseFirstWrite.countDown();
        first.get(10, TimeUnit.SECONDS);

        // both were in the failed batch: both fail, neither is written
        assertThatThrownBy(() -> poison.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(GroupCommit.AuditWriteFailed.class)
                .hasRootCauseMessage("database refused the batch");
        assertThatThrownBy(() -> bystander.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(GroupCommit.AuditWriteFailed.class);
        assertThat(batches).containsExactly(List.of("first"));

        commit.write("after");
        assertThat(batches).containsExactly(List.of("first"), List.of("after"));
    }

    @Test
    void refusesAnEmptyBatchSize() {
        assertThatThrownBy(() -> new GroupCommit<String>(batches::add, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached in 10 s");
            }
            Thread.sleep(5);
        }
    }
}
