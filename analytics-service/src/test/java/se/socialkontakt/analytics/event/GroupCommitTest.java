package se.socialkontakt.analytics.event;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Batches that wait while another is written share the next write; each caller hears its own batch's outcome. */
class GroupCommitTest {
    private final ExecutorService threads = Executors.newFixedThreadPool(3);
    private final List<Thread> callerThreads = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstWriteMayEnd = new CountDownLatch(1);
    private final List<List<String>> calls = new CopyOnWriteArrayList<>();
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    private final GroupCommit<String> groups = new GroupCommit<>(batches -> {
        calls.add(List.copyOf(batches));
        if (calls.size() == 1) {
            awaitQuietly(firstWriteMayEnd);
        }
        if (batches.contains("bad")) {
            throw new SQLException("refused");
        }
        if (batches.contains("broken")) {
            throw new StackOverflowError("broken");
        }
        written.addAll(batches);
    });

    @AfterEach
    void stop() {
        firstWriteMayEnd.countDown();
        threads.shutdownNow();
    }

    @Test
    void batchesThatWaitWhileOneIsWrittenAreWrittenTogetherAndEachCallerReturnsAfterItsOwn() throws Exception {
        List<Future<Boolean>> callers = twoMoreWhileTheFirstIsWritten("second", "third");

        for (Future<Boolean> caller : callers) {
            assertThat(caller.get(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).containsExactly("first");
        assertThat(calls.get(1)).containsExactlyInAnyOrder("second", "third");
    }

    @Test
    void aGroupThatFailsIsWrittenAgainBatchByBatchSoThatOnlyTheBadBatchFails() throws Exception {
        List<Future<Boolean>> callers = twoMoreWhileTheFirstIsWritten("bad", "good");

        assertThat(callers.get(0).get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(callers.get(2).get(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> callers.get(1).get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(SQLException.class);
        assertThat(written).containsExactlyInAnyOrder("first", "good");
        assertThat(calls.get(1)).containsExactlyInAnyOrder("bad", "good");
        assertThat(calls.subList(2, calls.size())).containsExactlyInAnyOrder(List.of("bad"), List.of("good"));
    }

    @Test
    void aGroupWhoseWriteThrowsAnErrorLeavesNoBatchUnwrittenAndNoCallerWaiting() throws Exception {
        List<Future<Boolean>> callers = twoMoreWhileTheFirstIsWritten("broken", "good");

        assertThat(callers.get(0).get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(callers.get(2).get(10, TimeUnit.SECONDS)).as("written when acknowledged").isTrue();
        assertThatThrownBy(() -> callers.get(1).get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(StackOverflowError.class);
        assertThat(submit("later").get(10, TimeUnit.SECONDS)).as("a later batch is written").isTrue();
    }

    /**
     * The batch "first" is written and held in its write until two more batches wait; then it may end. The callers'
     * outcomes, in that order.
     */
    private List<Future<Boolean>> twoMoreWhileTheFirstIsWritten(String second, String third) {
        Future<Boolean> first = submit("first");
        await().atMost(Duration.ofSeconds(10)).until(() -> calls.size() == 1);
        List<Future<Boolean>> callers = List.of(first, submit(second), submit(third));
        awaitWaiting(2);
        firstWriteMayEnd.countDown();
        return callers;
    }

    /** Whether the batch was written when its caller returned. */
    private Future<Boolean> submit(String batch) {
        CompletableFuture<Boolean> outcome = new CompletableFuture<>();
        threads.execute(() -> {
            callerThreads.add(Thread.currentThread());
            try {
                groups.write(batch);
                outcome.complete(written.contains(batch));
            } catch (SQLException | RuntimeException | Error e) {
                outcome.completeExceptionally(e);
            }
        });
        return outcome;
    }

    /** Until that many callers wait for the running write, i.e. have handed over their batches. */
    private void awaitWaiting(int callersWaiting) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            List<Thread> waiting = new ArrayList<>(callerThreads);
            // In Object.wait; the first caller waits on the latch inside the write with a timeout.
            waiting.removeIf(thread -> thread.getState() != Thread.State.WAITING);
            return waiting.size() == callersWaiting;
        });
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
