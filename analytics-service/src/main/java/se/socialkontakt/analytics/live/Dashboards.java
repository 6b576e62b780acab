package se.socialkontakt.analytics.live;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.socialkontakt.analytics.event.EventStore;
import se.socialkontakt.support.unavailable.SkipsRunWhileDatabaseUnreachable;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open dashboards of this instance (the channel holder the tests and the scheduler talk to). Once a second it
 * asks the database whether any event was stored since the last look, by any instance of analytics, and tells every
 * dashboard when one was: the database is the one place all instances' consumers write to.
 */
@ApplicationScoped
public class Dashboards {
    private final Map<String, WebSocketConnection> open = new ConcurrentHashMap<>();
    private final EventStore events;
    private volatile Instant lastStored;

    Dashboards(EventStore events) {
        this.events = events;
    }

    void add(WebSocketConnection connection) {
        open.put(connection.id(), connection);
    }

    void remove(WebSocketConnection connection) {
        open.remove(connection.id());
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    @SkipsRunWhileDatabaseUnreachable
    void tellWhenChanged() {
        Instant stored = events.newestReceived();
        // The first look only sets the mark: what was stored before this instance started is not news.
        if (lastStored != null && stored.isAfter(lastStored)) {
            broadcast("{\"type\":\"changed\",\"at\":\"" + stored + "\"}");
        }
        if (lastStored == null || stored.isAfter(lastStored)) {
            lastStored = stored;
        }
    }

    private void broadcast(String frame) {
        open.values().forEach(connection -> connection.sendText(frame).subscribe().with(sent -> {
        }, failure -> Log.debugf("A dashboard went away: %s", failure.getMessage())));
    }
}
