package se.socialkontakt.benchmarks;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;

/** The two bits of glue between the benchmark's plain main thread and Vert.x futures. */
final class Async {
    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);
    private static final Duration STALLED = Duration.ofSeconds(60);

    private Async() {
    }

    /**
     * Runs tasks 0..count-1, at most {@code lanes} at a time: enough in parallel to hide the round trips of
     * thousands of set-ups, few enough that the server is not buried under simultaneous handshakes. Each lane runs
     * on an event-loop context of its own, and a socket stays on the event loop it was connected from: so the
     * clients are spread over all event loops (connected from the main thread, Vert.x would put them all on one).
     */
    static Future<Void> inLanes(Vertx vertx, int count, int lanes, IntFunction<Future<?>> task) {
        AtomicInteger next = new AtomicInteger();
        List<Future<Void>> all = new ArrayList<>();
        for (int i = 0; i < Math.min(lanes, count); i++) {
            all.add(newContext(vertx).compose(context -> lane(next, count, task)));
        }
        return Future.all(all).mapEmpty();
    }

    /** A fresh event-loop context: every verticle deployment gets one, the next event loop in turn. */
    private static Future<Context> newContext(Vertx vertx) {
        Promise<Context> created = Promise.promise();
        vertx.deployVerticle(new AbstractVerticle() {
            @Override
            public void start() {
                created.complete(context);
            }
        });
        return created.future();
    }

    private static Future<Void> lane(AtomicInteger next, int count, IntFunction<Future<?>> task) {
        int i = next.getAndIncrement();
        if (i >= count) {
            return Future.succeededFuture();
        }
        return task.apply(i).compose(done -> lane(next, count, task));
    }

    /** Blocks the calling (non-Vert.x) thread; every wait is bounded so that a run always ends by itself. */
    static <T> T await(Future<T> future, Duration timeout, String what) {
        return await(future, timeout, what, null);
    }

    /**
     * Like {@link #await(Future, Duration, String)} for a long set-up: prints how far it got every few seconds, and
     * gives up early once it has not moved for {@link #STALLED}: a server that stopped answering should not cost
     * the whole timeout.
     */
    static <T> T await(Future<T> future, Duration timeout, String what, IntSupplier progress) {
        CompletableFuture<T> result = future.toCompletionStage().toCompletableFuture();
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastMove = System.nanoTime();
        int lastProgress = progress == null ? 0 : progress.getAsInt();
        while (true) {
            try {
                return result.get(Math.min(REPORT_EVERY.toNanos(), Math.max(1, deadline - System.nanoTime())),
                        TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                long now = System.nanoTime();
                if (now >= deadline) {
                    throw new IllegalStateException(what + " did not finish within " + timeout.toSeconds() + " s"
                            + (progress == null ? "" : " (" + progress.getAsInt() + " done)"));
                }
                if (progress != null) {
                    int done = progress.getAsInt();
                    if (done != lastProgress) {
                        lastProgress = done;
                        lastMove = now;
                    } else if (now - lastMove > STALLED.toNanos()) {
                        throw new IllegalStateException(what + " stalled: " + done + " done, none more in "
                                + STALLED.toSeconds() + " s (see the server's log)");
                    }
                    System.out.printf("==>   %s: %d done%n", what, done);
                }
            } catch (ExecutionException e) {
                throw new IllegalStateException(what + " failed: " + e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(what + " interrupted", e);
            }
        }
    }
}
