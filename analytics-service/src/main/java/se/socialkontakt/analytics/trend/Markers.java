package se.socialkontakt.analytics.trend;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.socialkontakt.analytics.aggregate.AggregateStore;
import se.socialkontakt.analytics.plan.Activity;
import se.socialkontakt.analytics.plan.Plans;
import se.socialkontakt.events.CrisisMessagePublished;
import se.socialkontakt.events.CrisisMessageWithdrawn;
import se.socialkontakt.events.EventType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The markers over some days: the activities of the goals' plans that were not cancelled, and the crisis messages
 * the contact center published. A crisis message is read from its events in the archive, through the type index: a
 * handful a year, and nothing about them needs keeping elsewhere. It lasts until it expired or was withdrawn; its
 * title is the start of its text in the page's language.
 */
@ApplicationScoped
public class Markers {
    static final int TITLE_LENGTH = 80;

    private final Plans plans;
    private final EntityManager entityManager;
    private final ZoneId zone;

    Markers(Plans plans, EntityManager entityManager, AggregateStore aggregates) {
        this.plans = plans;
        this.entityManager = entityManager;
        this.zone = aggregates.zone();
    }

    /** The markers with a day from {@code first} to {@code last}, by their first day. */
    @Transactional
    public List<Marker> between(LocalDate first, LocalDate last, Locale locale) {
        List<Marker> markers = new ArrayList<>();
        for (Plans.Planned planned : plans.between(first, last)) {
            if (planned.status() != Activity.Status.CANCELLED) {
                markers.add(new Marker(Marker.Kind.ACTIVITY, planned.id().toString(), planned.startsOn(),
                        planned.endsOn() == null ? planned.startsOn() : planned.endsOn(), planned.activity(),
                        planned.goalName()));
            }
        }
        for (Marker crisis : crisisMessages(locale)) {
            if (new Span(crisis.firstDay(), crisis.lastDay().plusDays(1)).overlaps(first, last)) {
                markers.add(crisis);
            }
        }
        markers.sort(Comparator.comparing(Marker::firstDay).thenComparing(Marker::title));
        return markers;
    }

    @SuppressWarnings("unchecked")
    private List<Marker> crisisMessages(Locale locale) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT type, CAST(data AS text) FROM event WHERE type IN (:published, :withdrawn) ORDER BY seq""")
                .setParameter("published", EventType.CRISIS_MESSAGE_PUBLISHED.type())
                .setParameter("withdrawn", EventType.CRISIS_MESSAGE_WITHDRAWN.type())
                .getResultList();
        // The latest publication of each message counts, as on the resident pages.
        Map<UUID, CrisisMessagePublished> published = new LinkedHashMap<>();
        Map<UUID, Instant> withdrawn = new HashMap<>();
        for (Object[] row : rows) {
            EventType type = EventType.fromType((String) row[0]).orElseThrow();
            switch (type.readData((String) row[1])) {
                case CrisisMessagePublished message -> published.put(message.crisisId(), message);
                case CrisisMessageWithdrawn withdrawal -> withdrawn.put(withdrawal.crisisId(), withdrawal.withdrawnAt());
                default -> throw new IllegalStateException("Not a crisis message's event: " + type);
            }
        }
        List<Marker> markers = new ArrayList<>();
        for (CrisisMessagePublished message : published.values()) {
            Instant withdrawal = withdrawn.get(message.crisisId());
            Instant end = withdrawal != null && withdrawal.isBefore(message.validUntil()) ? withdrawal
                    : message.validUntil();
            // One withdrawn before it began was never shown.
            if (end.isAfter(message.validFrom())) {
                markers.add(new Marker(Marker.Kind.CRISIS_MESSAGE, message.crisisId().toString(),
                        LocalDate.ofInstant(message.validFrom(), zone), LocalDate.ofInstant(end, zone),
                        title(message, locale), ""));
            }
        }
        return markers;
    }

    private static String title(CrisisMessagePublished message, Locale locale) {
        String text = locale.getLanguage().equals("en") && message.textEn() != null ? message.textEn()
                : message.textSv();
        if (text.length() <= TITLE_LENGTH) {
            return text;
        }
        String cut = text.substring(0, TITLE_LENGTH - 1);
        int lastSpace = cut.lastIndexOf(' ');
        return (lastSpace > 0 ? cut.substring(0, lastSpace) : cut).strip() + "…";
    }
}
