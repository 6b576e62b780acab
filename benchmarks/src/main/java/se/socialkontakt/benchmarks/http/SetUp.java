package se.socialkontakt.benchmarks.http;

import io.vertx.core.Future;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * Preparing data through a service's API before measuring: many requests, a few at a time, so set-up is quick
 * without burying the server. Not measured; the first failure stops it, and every wait is bounded.
 */
public final class SetUp {
    private SetUp() {
    }

    /** Runs tasks 0..count-1 with at most lanes in flight, and returns when all have succeeded. */
    public static void inParallel(int count, int lanes, Duration timeout, IntFunction<Future<?>> task)
            throws InterruptedException {
        Semaphore free = new Semaphore(lanes);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int i = 0; i < count && failure.get() == null; i++) {
            acquire(free, 1, deadline);
            task.apply(i).onComplete(done -> {
                if (done.failed()) {
                    failure.compareAndSet(null, done.cause());
                }
                free.release();
            });
        }
        acquire(free, lanes, deadline);
        if (failure.get() != null) {
            throw new IllegalStateException("set-up failed: " + failure.get().getMessage(), failure.get());
        }
    }

    private static void acquire(Semaphore free, int permits, long deadline) throws InterruptedException {
        if (!free.tryAcquire(permits, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            throw new IllegalStateException("set-up did not finish in time");
        }
    }

    /** Waits for one set-up future. */
    public static <T> T await(Future<T> future, Duration timeout) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
