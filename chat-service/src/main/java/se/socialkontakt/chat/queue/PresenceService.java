package se.socialkontakt.chat.queue;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.socialkontakt.chat.delivery.ChatBus;
import se.socialkontakt.chat.delivery.ChatConnections;
import se.socialkontakt.chat.delivery.Signal;
import se.socialkontakt.support.unavailable.SkipsRunWhileDatabaseUnreachable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Who is there to answer. Each instance vouches for the counsellors connected to it by refreshing their rows; a row
 * not refreshed within the timeout (its instance stopped) no longer counts.
 */
@ApplicationScoped
public class PresenceService {
    private final ChatBus bus;
    private final ChatConnections connections;
    private final Clock clock;
    private final Duration timeout;

    PresenceService(ChatBus bus, ChatConnections connections, Clock clock,
            @ConfigProperty(name = "socialkontakt.chat.presence.timeout", defaultValue = "45S") Duration timeout) {
        this.bus = bus;
        this.connections = connections;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** An upsert: two consoles of one counsellor may say so at the same moment. */
    @Transactional
    public void setAvailable(String user, boolean available) {
        Presence.getEntityManager().createNativeQuery("""
                INSERT INTO counsellor_presence (instance_id, username, available, seen_at) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (instance_id, username) DO UPDATE SET available = EXCLUDED.available,
                    seen_at = EXCLUDED.seen_at""")
                .setParameter(1, bus.instanceId()).setParameter(2, user).setParameter(3, available)
                .setParameter(4, clock.instant()).executeUpdate();
        bus.publish(Signal.queueChanged());
    }

    /** The user's last console on this instance closed. */
    @Transactional
    public void disconnected(String user) {
        if (Presence.delete("key.instanceId = ?1 and key.username = ?2", bus.instanceId(), user) > 0) {
            bus.publish(Signal.queueChanged());
        }
    }

    public boolean isAvailable(String user) {
        return availableCounsellors().contains(user);
    }

    public List<String> availableCounsellors() {
        return Presence.<Presence>find("available = true and seenAt > ?1", clock.instant().minus(timeout)).stream()
                .map(p -> p.key.username()).distinct().toList();
    }

    /**
     * The transaction is refresh(Set)'s own (ArC intercepts calls within the bean too). The interval must stay well
     * under the timeout; tests switch the run off, as it removes the rows of users they made available without a
     * console.
     */
    @Scheduled(every = "${socialkontakt.chat.presence.refresh-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @SkipsRunWhileDatabaseUnreachable
    void refresh() {
        refresh(connections.connectedUsers());
    }

    /** Keeps fresh the rows of the users with a console here; removes this instance's others and all stale ones. */
    @Transactional
    void refresh(Set<String> here) {
        Instant now = clock.instant();
        // Statements rather than loaded rows: a row may go meanwhile (the user's last console closes, or the other
        // instance finds it stale after an outage), and deleting a loaded row that is gone failed the whole run.
        if (here.isEmpty()) {
            Presence.delete("key.instanceId", bus.instanceId());
        } else {
            Presence.update("seenAt = ?1 where key.instanceId = ?2 and key.username in ?3", now, bus.instanceId(),
                    here);
            Presence.delete("key.instanceId = ?1 and key.username not in ?2", bus.instanceId(), here);
        }
        long stale = Presence.delete("seenAt < ?1", now.minus(timeout.multipliedBy(4)));
        if (stale > 0) {
            bus.publish(Signal.queueChanged());
        }
    }
}
