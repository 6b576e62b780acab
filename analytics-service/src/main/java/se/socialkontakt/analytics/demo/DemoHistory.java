package se.socialkontakt.analytics.demo;

import io.cloudevents.CloudEvent;
import se.socialkontakt.events.ChatConversationAbandoned;
import se.socialkontakt.events.ChatConversationEnded;
import se.socialkontakt.events.ChatConversationRated;
import se.socialkontakt.events.ChatConversationRequested;
import se.socialkontakt.events.ChatConversationRequested.AgeBand;
import se.socialkontakt.events.ChatConversationStarted;
import se.socialkontakt.events.ChatFirstResponse;
import se.socialkontakt.events.ChatTopic;
import se.socialkontakt.events.ContactCaseFirstResponse;
import se.socialkontakt.events.ContactCaseOpened;
import se.socialkontakt.events.ContactCaseOpened.Channel;
import se.socialkontakt.events.ContactCaseResolved;
import se.socialkontakt.events.ContactCaseRouted;
import se.socialkontakt.events.ContactCaseSlaBreached;
import se.socialkontakt.events.EventData;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.events.FaqArticleViewed;
import se.socialkontakt.events.FaqArticleVoted;
import se.socialkontakt.events.FeedbackAcknowledged;
import se.socialkontakt.events.FeedbackAnswered;
import se.socialkontakt.events.FeedbackReceived;
import se.socialkontakt.support.calendar.SwedishHolidays;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A plausible year of the suite's events for the demo dashboard: weekdays busier than weekends, holidays and July
 * quiet, autumn and January busy; the youth chat only in its opening hours. The same seed gives the same events with
 * the same ids, so publishing it twice stores it once. Housing's year is not here: eservice-housing lives through a
 * demo year of real applications itself, so its lists and these figures count the same applications.
 */
public final class DemoHistory {
    private static final URI CONTACT = URI.create("/socialkontakt/contact-center-service");
    private static final URI CHAT = URI.create("/socialkontakt/chat-service");
    private static final double[] SEASON = { 1.2, 1.15, 1.05, 1.0, 0.95, 0.85, 0.6, 0.85, 1.15, 1.1, 1.1, 0.8 };
    private static final List<UUID> ARTICLES = List.of(
            UUID.fromString("0b7e5c1a-1f2d-4a31-9d7e-5a0c3e1f0001"), UUID.fromString("0b7e5c1a-1f2d-4a31-9d7e-5a0c3e1f0002"),
            UUID.fromString("0b7e5c1a-1f2d-4a31-9d7e-5a0c3e1f0003"));
    private static final Map<String, String> UNIT_OF = Map.of("ADVICE", "ADULTS", "HOUSING", "ADULTS",
            "ELDERLY_CARE", "ELDERLY", "DISABILITY", "DISABILITY", "FINANCIAL_AID", "FINANCIAL_AID",
            "CHILDREN_AND_FAMILY", "CHILDREN_FAMILY", "ADDICTION", "ADDICTION", "OTHER", "ADULTS");

    private final Random random;
    private final long seed;
    private final ZoneId zone;
    private final Instant now;
    private final SwedishHolidays holidays = new SwedishHolidays();
    private final List<CloudEvent> events = new ArrayList<>();
    private long counter;

    private DemoHistory(long seed, ZoneId zone, Instant now) {
        this.random = new Random(seed);
        this.seed = seed;
        this.zone = zone;
        this.now = now;
    }

    /** The year up to {@code now}; events that would lie in the future are left out. */
    public static List<CloudEvent> year(long seed, ZoneId zone, Instant now) {
        DemoHistory history = new DemoHistory(seed, zone, now);
        LocalDate last = LocalDate.ofInstant(now, zone);
        for (LocalDate day = last.minusDays(364); !day.isAfter(last); day = day.plusDays(1)) {
            history.day(day);
        }
        return history.events;
    }

    private void day(LocalDate day) {
        double busy = SEASON[day.getMonthValue() - 1] * weekday(day);
        repeat(22 * busy, () -> contact(day));
        if (chatOpen(day)) {
            // About 65 requests a year: the scale of the municipality whose chat plan set the goal (30 to 60 young
            // people a year seeking advice and support), so the demo goal reads as the committee would see it.
            repeat(0.22 * SEASON[day.getMonthValue() - 1], () -> chat(day));
        }
        repeat(0.8 * weekday(day), () -> feedback(day));
        repeat(60 * busy, () -> faq(day));
    }

    private void contact(LocalDate day) {
        UUID id = uuid();
        Instant opened = at(day, 8, 17);
        Channel channel = pick(new Channel[] { Channel.PHONE, Channel.EMAIL, Channel.WEB_FORM, Channel.VISIT,
                Channel.CHAT, Channel.SOCIAL_MEDIA }, 45, 25, 15, 8, 5, 2);
        String category = pick(new String[] { "ADVICE", "ELDERLY_CARE", "FINANCIAL_AID", "CHILDREN_AND_FAMILY",
                "DISABILITY", "ADDICTION", "HOUSING", "OTHER" }, 30, 20, 18, 12, 7, 5, 5, 3);
        String group = pick(new String[] { "ALL_RESIDENTS", "RELATIVES", "INDIVIDUALS_WITH_SUPPORT", "PARTNERS" },
                45, 30, 20, 5);
        emit(CONTACT, new ContactCaseOpened(id, opened, channel, category, group), opened);
        boolean atOnce = channel == Channel.PHONE || channel == Channel.VISIT || channel == Channel.CHAT;
        long firstMinutes = atOnce ? 0 : (long) (random.nextDouble() < 0.8 ? random.nextInt(1400) : 1440 + random.nextInt(2000));
        Instant responded = opened.plus(Duration.ofMinutes(atOnce ? 0 : firstMinutes + random.nextInt(600)));
        emit(CONTACT, new ContactCaseFirstResponse(id, responded, firstMinutes), responded);
        if (random.nextDouble() < 0.7) {
            emit(CONTACT, new ContactCaseResolved(id, responded, true, firstMinutes, null), responded);
            return;
        }
        String unit = UNIT_OF.get(category);
        Instant routed = responded.plus(Duration.ofMinutes(5));
        emit(CONTACT, new ContactCaseRouted(id, routed, unit), routed);
        long days = 1 + random.nextInt(8);
        Instant resolved = routed.plus(Duration.ofDays(days));
        if (days > 5) {
            emit(CONTACT, new ContactCaseSlaBreached(id, routed.plus(Duration.ofDays(7)),
                    ContactCaseSlaBreached.Clock.RESOLUTION, unit), routed.plus(Duration.ofDays(7)));
        }
        emit(CONTACT, new ContactCaseResolved(id, resolved, false, days * 1440, unit), resolved);
    }

    private void chat(LocalDate day) {
        UUID id = uuid();
        boolean sunday = day.getDayOfWeek() == DayOfWeek.SUNDAY;
        Instant requested = at(day, sunday ? 17 : 15, 20);
        AgeBand band = pick(AgeBand.values(), 15, 45, 30, 10);
        ChatTopic topic = random.nextBoolean() ? null : ChatTopic.values()[random.nextInt(ChatTopic.values().length)];
        emit(CHAT, new ChatConversationRequested(id, requested, band, topic), requested);
        if (random.nextDouble() < 0.12) {
            long waited = 30 + (long) (-300 * Math.log(1 - random.nextDouble()));
            emit(CHAT, new ChatConversationAbandoned(id, requested.plusSeconds(waited), waited), requested.plusSeconds(waited));
            return;
        }
        long wait = 10 + (long) (-180 * Math.log(1 - random.nextDouble()));
        Instant started = requested.plusSeconds(wait);
        emit(CHAT, new ChatConversationStarted(id, started, wait), started);
        emit(CHAT, new ChatFirstResponse(id, started.plusSeconds(40), wait + 40), started.plusSeconds(40));
        long duration = 600 + random.nextInt(1800);
        Instant ended = started.plusSeconds(duration);
        List<ChatTopic> topics = topic != null ? List.of(topic) : List.of(ChatTopic.values()[random.nextInt(10)]);
        emit(CHAT, new ChatConversationEnded(id, ended, duration,
                random.nextBoolean() ? ChatConversationEnded.EndedBy.COUNSELLOR : ChatConversationEnded.EndedBy.YOUTH,
                topics, band), ended.plusSeconds(120));
        if (random.nextDouble() < 0.4) {
            emit(CHAT, new ChatConversationRated(id, ended.plusSeconds(30), random.nextDouble() < 0.8),
                    ended.plusSeconds(30));
        }
    }

    private void feedback(LocalDate day) {
        UUID id = uuid();
        Instant received = at(day, 0, 23);
        FeedbackReceived.Kind kind = pick(FeedbackReceived.Kind.values(), 50, 30, 20);
        String unit = pick(new String[] { "ELDERLY", "FINANCIAL_AID", "CHILDREN_FAMILY", "ADULTS", "DISABILITY",
                "ADDICTION" }, 35, 20, 15, 15, 10, 5);
        emit(CONTACT, new FeedbackReceived(id, received, kind, unit, random.nextDouble() < 0.3), received);
        long ack = random.nextDouble() < 0.85 ? random.nextInt(3) : 3 + random.nextInt(3);
        emit(CONTACT, new FeedbackAcknowledged(id, received.plus(Duration.ofDays(ack)), kind, unit, ack),
                received.plus(Duration.ofDays(ack)));
        long answered = random.nextDouble() < 0.8 ? 3 + random.nextInt(8) : 11 + random.nextInt(6);
        emit(CONTACT, new FeedbackAnswered(id, received.plus(Duration.ofDays(answered * 7 / 5)), kind, unit, answered),
                received.plus(Duration.ofDays(answered * 7 / 5)));
    }

    private void faq(LocalDate day) {
        UUID article = ARTICLES.get(pickIndex(50, 30, 20));
        Instant viewed = at(day, 0, 23);
        emit(CONTACT, new FaqArticleViewed(article, viewed), viewed);
        if (random.nextDouble() < 0.08) {
            emit(CONTACT, new FaqArticleVoted(article, viewed.plusSeconds(60), random.nextDouble() < 0.75),
                    viewed.plusSeconds(60));
        }
    }

    private void emit(URI source, EventData data, Instant time) {
        long number = counter++;
        if (!time.isAfter(now)) {
            events.add(EventEnvelope.wrap(source, data, time, UUID.nameUUIDFromBytes(
                    ("demo:" + seed + ":" + number).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString()));
        }
    }

    private UUID uuid() {
        return UUID.nameUUIDFromBytes(("demo-aggregate:" + seed + ":" + counter++).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
    }

    private double weekday(LocalDate day) {
        if (holidays.on(day).isPresent()) {
            return 0.1;
        }
        return switch (day.getDayOfWeek()) {
            case MONDAY -> 1.2;
            case FRIDAY -> 0.85;
            case SATURDAY -> 0.15;
            case SUNDAY -> 0.1;
            default -> 1.0;
        };
    }

    private boolean chatOpen(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && holidays.on(day).isEmpty();
    }

    /** Runs the action a random number of times around the mean (rounded with a random remainder). */
    private void repeat(double mean, Runnable action) {
        int times = (int) Math.floor(mean * (0.8 + 0.4 * random.nextDouble()));
        if (random.nextDouble() < mean - Math.floor(mean)) {
            times++;
        }
        for (int i = 0; i < times; i++) {
            action.run();
        }
    }

    private Instant at(LocalDate day, int fromHour, int toHour) {
        int minutes = fromHour * 60 + random.nextInt(Math.max(1, (toHour - fromHour) * 60));
        return day.atTime(LocalTime.of(minutes / 60, minutes % 60)).atZone(zone).toInstant();
    }

    @SafeVarargs
    private <T> T pick(T[] values, int... weights) {
        return values[pickIndex(weights)];
    }

    private int pickIndex(int... weights) {
        int total = java.util.Arrays.stream(weights).sum();
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
