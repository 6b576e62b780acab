package se.socialkontakt.chat.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.socialkontakt.chat.conversation.Conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads the queue: its order, who is online to answer, and how long a wait is likely to be. */
@ApplicationScoped
public class QueueService {
    private static final int RECENT_CONVERSATIONS = 20;

    private final PresenceService presence;
    private final EntityManager entityManager;
    private final Clock clock;
    private final int placesPerCounsellor;
    private final Duration defaultConversation;

    QueueService(PresenceService presence, EntityManager entityManager, Clock clock,
            @ConfigProperty(name = "socialkontakt.chat.counsellor.max-conversations") int placesPerCounsellor,
            @ConfigProperty(name = "socialkontakt.chat.queue.assumed-conversation") Duration defaultConversation) {
        this.presence = presence;
        this.entityManager = entityManager;
        this.clock = clock;
        this.placesPerCounsellor = placesPerCounsellor;
        this.defaultConversation = defaultConversation;
    }

    public int placesPerCounsellor() {
        return placesPerCounsellor;
    }

    public int counsellorsOnline() {
        return presence.availableCounsellors().size();
    }

    /** How many conversations the counsellor has under way. */
    public long activeConversationsOf(String counsellor) {
        return Conversation.count("status = ?1 and counsellor = ?2", Conversation.Status.ACTIVE, counsellor);
    }

    @Transactional
    public QueueSnapshot snapshot() {
        List<Waiting> waiting = Conversation.<Conversation>stream("status", Conversation.Status.QUEUED)
                .map(Waiting::of).sorted(Waiting.QUEUE_ORDER).toList();
        List<String> online = presence.availableCounsellors();
        Map<String, Long> busy = activeCounts();
        int[] freeOf = online.stream()
                .mapToInt(user -> (int) Math.max(0, placesPerCounsellor - busy.getOrDefault(user, 0L))).toArray();
        int counsellorsFree = (int) Arrays.stream(freeOf).filter(places -> places > 0).count();
        return new QueueSnapshot(waiting, online.size(), counsellorsFree, Arrays.stream(freeOf).sum(),
                placesPerCounsellor, averageConversation());
    }

    private Map<String, Long> activeCounts() {
        List<Object[]> rows = entityManager.createQuery(
                "select c.counsellor, count(c) from Conversation c where c.status = :active group by c.counsellor",
                Object[].class).setParameter("active", Conversation.Status.ACTIVE).getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }

    /**
     * The mean length of the latest conversations of the past week; the configured guess when there are none. Their
     * times are read as columns, not as conversations: the snapshot may already hold one of them as it was while
     * queued, and Hibernate would hand back that copy, without a start, though the row it found has one (another
     * instance took and ended it between the snapshot's statements).
     */
    private Duration averageConversation() {
        List<Object[]> recent = entityManager.createQuery("""
                        select c.startedAt, c.endedAt from Conversation c where c.status = :ended
                        and c.practice = false and c.startedAt is not null and c.endedAt > :since
                        order by c.endedAt desc""", Object[].class)
                .setParameter("ended", Conversation.Status.ENDED)
                .setParameter("since", clock.instant().minus(Duration.ofDays(7)))
                .setMaxResults(RECENT_CONVERSATIONS).getResultList();
        if (recent.isEmpty()) {
            return defaultConversation;
        }
        long seconds = (long) recent.stream()
                .mapToLong(times -> Duration.between((Instant) times[0], (Instant) times[1]).toSeconds())
                .average().orElse(0);
        return Duration.ofSeconds(Math.max(60, seconds));
    }
}
