package se.socialkontakt.support.crisis;

import io.cloudevents.CloudEvent;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.socialkontakt.events.CrisisMessagePublished;
import se.socialkontakt.events.CrisisMessageWithdrawn;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.events.EventType;
import se.socialkontakt.events.InvalidEventException;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The crisis messages every resident page shows. Each instance of every service reads the compacted topic from
 * the start when it boots (a consumer group of its own, see the channel's configuration), so a restarted instance
 * shows the same banners as the others within seconds.
 */
@ApplicationScoped
public class CrisisBoard {
    /** A crisis message as the banner shows it. */
    public record Notice(UUID id, String textSv, String textEn, Instant validFrom, Instant validUntil) {
        boolean showsAt(Instant now) {
            return !now.isBefore(validFrom) && now.isBefore(validUntil);
        }
    }

    private final Map<UUID, Notice> notices = new ConcurrentHashMap<>();
    private final Clock clock;

    CrisisBoard(Clock clock) {
        this.clock = clock;
    }

    @Incoming("crisis-banner")
    void receive(String record) {
        try {
            apply(EventEnvelope.read(record.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (InvalidEventException e) {
            // A banner is never worth stopping for: the broken record is skipped, the next ones still apply.
            Log.warnf("A crisis-message record could not be read: %s", e.getMessage());
        }
    }

    void apply(CloudEvent event) {
        EventType type = EventType.fromType(event.getType()).orElse(null);
        if (type == EventType.CRISIS_MESSAGE_PUBLISHED) {
            CrisisMessagePublished published = EventEnvelope.data(event, CrisisMessagePublished.class);
            notices.put(published.crisisId(), new Notice(published.crisisId(), published.textSv(),
                    published.textEn(), published.validFrom(), published.validUntil()));
        } else if (type == EventType.CRISIS_MESSAGE_WITHDRAWN) {
            notices.remove(EventEnvelope.data(event, CrisisMessageWithdrawn.class).crisisId());
        }
    }

    /** What shows now, the newest first; expired ones are forgotten. */
    public List<Notice> showing() {
        Instant now = clock.instant();
        notices.values().removeIf(notice -> !now.isBefore(notice.validUntil()));
        return notices.values().stream().filter(notice -> notice.showsAt(now))
                .sorted(Comparator.comparing(Notice::validFrom).reversed()).toList();
    }
}
