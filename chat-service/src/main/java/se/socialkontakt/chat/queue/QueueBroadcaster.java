package se.socialkontakt.chat.queue;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import se.socialkontakt.chat.conversation.Frames;
import se.socialkontakt.chat.delivery.ChatBus;
import se.socialkontakt.chat.delivery.ChatConnections;
import se.socialkontakt.chat.delivery.Signal;
import se.socialkontakt.support.unavailable.SkipsRunWhileDatabaseUnreachable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Keeps the queue in view: the consoles' list and each waiting young person's place and estimate, sent again within
 * a second of a change anywhere, and looked at every ten seconds anyway so waited times and estimates stay fresh (then
 * a list that reads the same is not sent again).
 */
@ApplicationScoped
public class QueueBroadcaster {
    private static final int LISTED = 50;
    private static final Duration REFRESH = Duration.ofSeconds(10);

    private final QueueService queue;
    private final ChatBus bus;
    private final ChatConnections connections;
    private final Frames frames;
    private final Clock clock;
    private volatile Instant lastSent = Instant.EPOCH;
    /** The consoles' list as last broadcast; null before the first, or when nobody was connected to receive it. */
    private volatile String lastList;

    QueueBroadcaster(QueueService queue, ChatBus bus, ChatConnections connections, Frames frames, Clock clock) {
        this.queue = queue;
        this.bus = bus;
        this.connections = connections;
        this.frames = frames;
        this.clock = clock;
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @SkipsRunWhileDatabaseUnreachable
    void broadcastWhenChanged() {
        Instant now = clock.instant();
        boolean changed = bus.takeQueueChange();
        if (!changed && now.isBefore(lastSent.plus(REFRESH))) {
            return;
        }
        lastSent = now;
        if (connections.consoles().isEmpty() && connections.conversationsWithYouth().isEmpty()) {
            lastList = null;
            return;
        }
        QueueSnapshot snapshot = queue.snapshot();
        String list = queueFrame(snapshot, now);
        // After a change every console hears of it; the ten-second refresh sends only a list that reads differently:
        // thousands of consoles each getting the same frame (an empty queue, most of the time) every ten seconds
        // delayed the messages sent in the same instant.
        if (changed || !list.equals(lastList)) {
            connections.consoles().forEach(console -> ChatConnections.sendTo(console.connection(), list));
        }
        lastList = list;
        for (UUID conversationId : connections.conversationsWithYouth()) {
            int position = snapshot.positionOf(conversationId);
            if (position > 0) {
                OptionalInt estimate = snapshot.estimatedWaitMinutes(position);
                String frame = frames.position(position, estimate.isPresent() ? estimate.getAsInt() : null,
                        snapshot.counsellorsOnline());
                connections.deliver(Signal.toConversation(Signal.Route.YOUTH, conversationId, frame));
            }
        }
    }

    /**
     * The list for a console that just connected: the one last sent to all, which a change replaces within a second.
     * Reading the queue afresh for every console made a morning's logins (or a restart's reconnects) cost the
     * square of their number.
     */
    public String currentList() {
        String list = lastList;
        return list != null ? list : queueFrame(queue.snapshot(), clock.instant());
    }

    private String queueFrame(QueueSnapshot snapshot, Instant now) {
        List<Frames.QueueEntry> entries = snapshot.waiting().stream().limit(LISTED)
                .map(w -> new Frames.QueueEntry(w.conversationId(),
                        Math.max(0, Duration.between(w.requestedAt(), now).toSeconds()), w.ageBand(), w.topic(),
                        w.risk(), w.practice()))
                .toList();
        return frames.queue(entries, snapshot.waiting().size(), snapshot.counsellorsOnline());
    }
}
