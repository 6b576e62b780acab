package se.socialkontakt.benchmarks;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sends one message per conversation every interval (open loop: a slow server does not slow the sending down), and
 * records the one-way delivery latency of every message sent in the measured window: from just before the sender
 * writes the frame to the moment the receiving client's handler sees it. Warm-up messages are sent but not
 * measured. The same driver, frame and text are used for chat-service and for the baseline, so the two figures
 * differ only by the server.
 */
final class LoadDriver {
    private static final String FILLER = "lorem ipsum dolor sit amet consectetur adipiscing elit ";

    private final Vertx vertx;
    private final long intervalNanos;
    private final String padding;
    private final Histogram latency = new ConcurrentHistogram(3);
    /** How late the client sent against its schedule: a large lag means the client, not the server, was saturated. */
    private final Histogram sendLag = new ConcurrentHistogram(3);
    private final LongAdder sent = new LongAdder();
    private final LongAdder delivered = new LongAdder();
    private final Map<String, LongAdder> problems = new ConcurrentHashMap<>();
    private volatile long measureStart = Long.MAX_VALUE;
    private volatile long measureEnd = Long.MAX_VALUE;
    /** Counts down as each conversation passes the end of the window: after that it sends nothing more. */
    private volatile CountDownLatch sendersDone = new CountDownLatch(0);

    LoadDriver(Vertx vertx, Duration interval, int messageSize) {
        this.vertx = vertx;
        this.intervalNanos = interval.toNanos();
        this.padding = FILLER.repeat(messageSize / FILLER.length() + 1).substring(0, messageSize);
    }

    record Measurement(long sent, long delivered, double seconds, Histogram latency, Histogram sendLag,
            Map<String, Long> problems) {
        long lost() {
            return sent - delivered;
        }
    }

    /** Runs warm-up and measured window, then waits up to drainTimeout for the messages still under way. */
    Measurement run(List<Conversation> conversations, Duration warmup, Duration duration, Duration drainTimeout)
            throws InterruptedException {
        long start = System.nanoTime();
        measureStart = start + warmup.toNanos();
        measureEnd = measureStart + duration.toNanos();
        sendersDone = new CountDownLatch(conversations.size());
        for (Conversation conversation : conversations) {
            // First sends spread over one interval: a steady rate rather than every conversation at the same instant.
            long first = start + ThreadLocalRandom.current().nextLong(intervalNanos);
            conversation.senderContext().runOnContext(v -> sendAndReschedule(conversation, first));
        }
        sleepUntil(measureEnd);
        // A sender late on its schedule may still send a measured message: wait for all of them first.
        long drainDeadline = System.nanoTime() + drainTimeout.toNanos();
        sendersDone.await(drainTimeout.toNanos(), TimeUnit.NANOSECONDS);
        while (inFlight(conversations) > 0 && System.nanoTime() < drainDeadline) {
            Thread.sleep(20);
        }
        return new Measurement(sent.sum(), delivered.sum(), duration.toNanos() / 1e9, latency.copy(), sendLag.copy(),
                snapshot(problems));
    }

    private void sendAndReschedule(Conversation conversation, long due) {
        if (due >= measureEnd) {
            sendersDone.countDown();
            return;
        }
        long seq = conversation.nextSeq();
        String frame = messageFrame(seq);
        long now = System.nanoTime();
        if (due >= measureStart) {
            sendLag.recordValue(Math.max(0, now - due));
            conversation.inFlight.put(seq, now);
            sent.increment();
        }
        conversation.sender().writeTextMessage(frame);
        long next = due + intervalNanos;
        long delayMs = Math.max(1, TimeUnit.NANOSECONDS.toMillis(next - System.nanoTime()));
        // A timer per send, aimed at the ideal schedule: a late tick does not push every later message back.
        vertx.setTimer(delayMs, id -> sendAndReschedule(conversation, next));
    }

    /** The young person's message frame of docs/chat-protocol.md; the relay passes it on unchanged. */
    private String messageFrame(long seq) {
        String prefix = "#" + seq + " ";
        String text = prefix + padding.substring(Math.min(prefix.length(), padding.length()));
        return new JsonObject()
                .put("type", "message")
                .put("clientId", UUID.randomUUID().toString())
                .put("text", text)
                .encode();
    }

    /**
     * The receiving side got a message text of this conversation at receivedAt ({@link System#nanoTime()}, taken
     * first thing in the frame handler). Warm-up messages and repeats find nothing in flight and are not counted.
     */
    void delivered(Conversation conversation, String text, long receivedAt) {
        int space = text.indexOf(' ');
        if (!text.startsWith("#") || space < 2) {
            problem("unexpected text");
            return;
        }
        Long sentAt = conversation.inFlight.remove(Long.parseLong(text, 1, space, 10));
        if (sentAt != null) {
            latency.recordValue(receivedAt - sentAt);
            delivered.increment();
        }
    }

    /** Something that is not a latency but must show in the result: a refused frame, a dropped connection. */
    void problem(String what) {
        problems.computeIfAbsent(what, k -> new LongAdder()).increment();
    }

    private static long inFlight(List<Conversation> conversations) {
        return conversations.stream().mapToLong(c -> c.inFlight.size()).sum();
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> counters) {
        Map<String, Long> copy = new TreeMap<>();
        counters.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.SECONDS.toNanos(1)));
        }
    }
}
