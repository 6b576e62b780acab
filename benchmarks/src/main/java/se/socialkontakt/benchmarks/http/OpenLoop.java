package se.socialkontakt.benchmarks.http;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load at a fixed rate: request i is due at {@code start + i / rate} whether or not earlier ones have been
 * answered, and its latency is counted from that due time, not from when it actually left. A server that stalls
 * shows the stall in every request that fell due meanwhile (no coordinated omission), and a client that cannot keep
 * its schedule shows up as send lag instead of quietly lowering the load. Every run is bounded: by its count of
 * requests, by a deadline for sending them, and by a drain timeout after which unanswered requests are counted.
 */
public final class OpenLoop {
    /** A send this late means the client machine, not the server, is the limit: the run stops sending. */
    private static final Duration GIVE_UP_LAG = Duration.ofSeconds(10);

    /** Starts request i (without blocking) and completes with its HTTP status, or fails. */
    @FunctionalInterface
    public interface Call {
        CompletionStage<Integer> start(int i);
    }

    /** One run's figures; latency covers the requests answered with the expected status. */
    public record Measurement(double rate, int scheduled, int sent, long ok, Map<String, Long> failures,
            long unanswered, Histogram latency, Histogram sendLag, double seconds) {
        public long failed() {
            return failures.values().stream().mapToLong(Long::longValue).sum() + unanswered + scheduled - sent;
        }

        /** Answers with the expected status per second, from the first due time to the last answer. */
        public double okPerSecond() {
            return seconds > 0 ? ok / seconds : 0;
        }
    }

    private final double rate;
    private final int expectedStatus;
    private final Histogram latency = new Histogram(TimeUnit.MINUTES.toNanos(2), 3);
    private final Histogram sendLag = new Histogram(TimeUnit.MINUTES.toNanos(2), 3);
    private final Map<String, Long> failures = new TreeMap<>();
    private long start;
    private long lastAnswer;
    private long ok;
    private int answered;
    private boolean closed;

    private OpenLoop(double rate, int expectedStatus) {
        this.rate = rate;
        this.expectedStatus = expectedStatus;
    }

    /** Sends {@code rate × duration} requests on schedule from the calling thread, then waits for their answers. */
    public static Measurement run(double rate, Duration duration, Duration drain, int expectedStatus, Call call)
            throws InterruptedException {
        return new OpenLoop(rate, expectedStatus).run(duration, drain, call);
    }

    private Measurement run(Duration duration, Duration drain, Call call) throws InterruptedException {
        int scheduled = (int) Math.round(rate * duration.toNanos() / 1e9);
        double interval = 1e9 / rate;
        start = System.nanoTime();
        lastAnswer = start;
        int sent = 0;
        while (sent < scheduled) {
            long due = start + Math.round(sent * interval);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
                continue;
            }
            if (-wait > GIVE_UP_LAG.toNanos()) {
                break;
            }
            send(call, sent, due);
            sent++;
        }
        long deadline = System.nanoTime() + drain.toNanos();
        synchronized (this) {
            while (answered < sent && System.nanoTime() < deadline) {
                wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            }
            closed = true;
            return new Measurement(rate, scheduled, sent, ok, Map.copyOf(failures), sent - answered, latency.copy(),
                    sendLag.copy(), (lastAnswer - start) / 1e9);
        }
    }

    private void send(Call call, int i, long due) {
        long sentAt = System.nanoTime();
        synchronized (this) {
            sendLag.recordValue(Math.max(0, sentAt - due));
        }
        CompletionStage<Integer> answer;
        try {
            answer = call.start(i);
        } catch (RuntimeException e) {
            answered(due, null, e);
            return;
        }
        answer.whenComplete((status, error) -> answered(due, status, error));
    }

    private synchronized void answered(long due, Integer status, Throwable error) {
        if (closed) {
            return;
        }
        long now = System.nanoTime();
        answered++;
        lastAnswer = Math.max(lastAnswer, now);
        if (error == null && status == expectedStatus) {
            ok++;
            latency.recordValue(now - due);
        } else {
            String why = error == null ? "HTTP " + status : error.getClass().getSimpleName();
            failures.merge(why, 1L, Long::sum);
        }
        notifyAll();
    }
}
