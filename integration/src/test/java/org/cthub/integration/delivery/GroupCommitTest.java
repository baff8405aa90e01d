package org.cthub.integration.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void aLoneCallerRunsAtOnceInAGroupOfItsOwn() {
        List<List<Integer>> groups = new ArrayList<>();
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(items -> {
            groups.add(items);
            return items.stream().map(i -> i * 10).toList();
        }, i -> -1, 8);

        assertThat(commit.run(3)).isEqualTo(30);
        assertThat(commit.run(4)).isEqualTo(40);
        assertThat(groups).containsExactly(List.of(3), List.of(4));
    }

    @Test
    void callersArrivingWhileAGroupRunsShareTheNextGroupAndEachGetsItsOwnResult() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        List<List<Integer>> groups = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(items -> {
            groups.add(items);
            if (items.contains(0)) {
                firstRunning.countDown();
                await(othersQueued);
            }
            return items.stream().map(i -> i + 100).toList();
        }, i -> -1, 50);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            Future<Integer> first = threads.submit(() -> commit.run(0));
            await(firstRunning);
            List<Future<Integer>> others = new ArrayList<>();
            for (int i = 1; i < 8; i++) {
                int item = i;
                others.add(threads.submit(() -> commit.run(item)));
            }
            Thread.sleep(200); // all seven are queued behind the running group
            othersQueued.countDown();

            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(100);
            for (int i = 1; i < 8; i++) {
                assertThat(others.get(i - 1).get(5, TimeUnit.SECONDS)).isEqualTo(100 + i);
            }
            assertThat(groups).hasSize(2);
            assertThat(groups.get(1)).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aFailedGroupRunsEachItemAloneSoOnlyTheBadOneFails() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        List<Integer> alone = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(items -> {
            if (items.contains(0)) {
                firstRunning.countDown();
                await(othersQueued);
                return List.of(0);
            }
            throw new IllegalStateException("group rolled back");
        }, i -> {
            alone.add(i);
            if (i == 2) {
                throw new IllegalArgumentException("bad item");
            }
            return i;
        }, 50);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            Future<Integer> first = threads.submit(() -> commit.run(0));
            await(firstRunning);
            Future<Integer> one = threads.submit(() -> commit.run(1));
            Future<Integer> two = threads.submit(() -> commit.run(2));
            Future<Integer> three = threads.submit(() -> commit.run(3));
            Thread.sleep(200);
            othersQueued.countDown();

            assertThat(first.get(5, TimeUnit.SECONDS)).isZero();
            assertThat(one.get(5, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(three.get(5, TimeUnit.SECONDS)).isEqualTo(3);
            assertThatThrownBy(() -> two.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class);
            assertThat(alone).containsExactlyInAnyOrder(1, 2, 3);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void groupsAreNoLargerThanTheLimitAndManyCallersAllGetTheirResult() throws Exception {
        List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(items -> {
            sizes.add(items.size());
            sleep(2);
            return items;
        }, i -> -1, 3);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int item = i;
                results.add(threads.submit(() -> commit.run(item)));
            }
            for (int i = 0; i < 400; i++) {
                assertThat(results.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
            }
            assertThat(sizes).allMatch(size -> size >= 1 && size <= 3);
            assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(400);
            assertThat(sizes.size()).isLessThan(400); // concurrent callers did share groups
        } finally {
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
