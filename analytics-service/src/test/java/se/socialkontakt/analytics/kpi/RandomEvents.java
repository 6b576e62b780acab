package se.socialkontakt.analytics.kpi;

import se.socialkontakt.events.ChatConversationAbandoned;
import se.socialkontakt.events.ChatConversationEnded;
import se.socialkontakt.events.ChatConversationRated;
import se.socialkontakt.events.ChatConversationRequested;
import se.socialkontakt.events.ChatConversationStarted;
import se.socialkontakt.events.ChatTopic;
import se.socialkontakt.events.ContactCaseFirstResponse;
import se.socialkontakt.events.ContactCaseOpened;
import se.socialkontakt.events.ContactCaseResolved;
import se.socialkontakt.events.ContactCaseRouted;
import se.socialkontakt.events.ContactCaseSlaBreached;
import se.socialkontakt.events.EventData;
import se.socialkontakt.events.EventType;
import se.socialkontakt.events.FaqArticleViewed;
import se.socialkontakt.events.FaqArticleVoted;
import se.socialkontakt.events.FeedbackAcknowledged;
import se.socialkontakt.events.FeedbackAnswered;
import se.socialkontakt.events.FeedbackReceived;
import se.socialkontakt.events.HousingAppealReceived;
import se.socialkontakt.events.HousingApplicationStarted;
import se.socialkontakt.events.HousingApplicationSubmitted;
import se.socialkontakt.events.HousingDecisionMade;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Random events of every kind the figures count, for the tests that compare the aggregates with the events. */
public final class RandomEvents {
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    static final List<String> CATEGORIES = List.of("ADVICE", "HOUSING", "COMPLAINT");
    static final List<String> TARGET_GROUPS = List.of("ELDERLY", "RELATIVES");
    static final List<String> UNITS = List.of("ELDERLY_CARE", "INDIVIDUAL_FAMILY");
    public static final String UNKNOWN_TYPE = "se.socialkontakt.future.thing-happened.v1";

    private RandomEvents() {
    }

    /** An event as generated: its payload (null for an unknown type), type and time. */
    public record Generated(String id, String type, String subject, Instant at, EventData data) {
    }

    /**
     * Contact cases (some without their "opened" event), chats, housing applications, feedback, FAQ views and events
     * of an unknown type, at times near the given days' midnights (or a year earlier), shifted back by whole years
     * (ahead, when negative).
     */
    public static List<Generated> events(Random random, List<LocalDate> days, int yearsBack) {
        List<Generated> events = new ArrayList<>();
        int cases = random.nextInt(25);
        for (int i = 0; i < cases; i++) {
            UUID id = UUID.randomUUID();
            Instant opened = someTime(random, days, yearsBack);
            if (random.nextInt(10) > 0) {
                add(events, new ContactCaseOpened(id, opened, pick(random, ContactCaseOpened.Channel.values()),
                        pick(random, CATEGORIES), pick(random, TARGET_GROUPS)), opened);
            }
            if (random.nextBoolean()) {
                Instant at = later(random, opened);
                add(events, new ContactCaseFirstResponse(id, at, workingMinutes(random)), at);
            }
            if (random.nextInt(3) == 0) {
                Instant at = later(random, opened);
                add(events, new ContactCaseRouted(id, at, pick(random, UNITS)), at);
            }
            if (random.nextInt(3) == 0) {
                Instant at = later(random, opened);
                add(events, new ContactCaseResolved(id, at, random.nextBoolean(), workingMinutes(random),
                        random.nextInt(4) == 0 ? null : pick(random, UNITS)), at);
            }
            if (random.nextInt(6) == 0) {
                Instant at = later(random, opened);
                add(events, new ContactCaseSlaBreached(id, at, ContactCaseSlaBreached.Clock.values()[0],
                        random.nextInt(4) == 0 ? null : pick(random, UNITS)), at);
            }
        }
        int chats = random.nextInt(20);
        for (int i = 0; i < chats; i++) {
            UUID id = UUID.randomUUID();
            Instant at = someTime(random, days, yearsBack);
            add(events, new ChatConversationRequested(id, at, pick(random, ChatConversationRequested.AgeBand.values()),
                    null), at);
            if (random.nextInt(4) == 0) {
                add(events, new ChatConversationAbandoned(id, later(random, at), random.nextInt(900)), later(random, at));
            } else {
                Instant started = later(random, at);
                add(events, new ChatConversationStarted(id, started, random.nextInt(1500)), started);
                List<ChatTopic> topics = java.util.Arrays.stream(ChatTopic.values())
                        .filter(topic -> random.nextInt(3) == 0).toList();
                Instant ended = later(random, started);
                add(events, new ChatConversationEnded(id, ended, random.nextInt(6000),
                        ChatConversationEnded.EndedBy.values()[0], topics, ChatConversationRequested.AgeBand.AGE_13_15),
                        ended);
                if (random.nextBoolean()) {
                    add(events, new ChatConversationRated(id, ended, random.nextBoolean()), ended);
                }
            }
        }
        int applications = random.nextInt(12);
        for (int i = 0; i < applications; i++) {
            UUID id = UUID.randomUUID();
            Instant at = someTime(random, days, yearsBack);
            HousingApplicationStarted.Channel channel = pick(random, HousingApplicationStarted.Channel.values());
            add(events, new HousingApplicationStarted(id, at, HousingApplicationStarted.ApplicantRole.SELF, channel), at);
            if (random.nextBoolean()) {
                add(events, new HousingApplicationSubmitted(id, "SB-2026-%06d".formatted(i), at,
                        HousingApplicationStarted.ApplicantRole.SELF, 1, channel), at);
                Instant decided = later(random, at);
                add(events, new HousingDecisionMade(id, decided, pick(random, HousingDecisionMade.Outcome.values()),
                        random.nextInt(40)), decided);
                if (random.nextInt(4) == 0) {
                    add(events, new HousingAppealReceived(id, later(random, decided), 10), later(random, decided));
                }
            }
        }
        int feedback = random.nextInt(12);
        for (int i = 0; i < feedback; i++) {
            UUID id = UUID.randomUUID();
            Instant at = someTime(random, days, yearsBack);
            FeedbackReceived.Kind kind = pick(random, FeedbackReceived.Kind.values());
            String unit = pick(random, UNITS);
            add(events, new FeedbackReceived(id, at, kind, unit, random.nextBoolean()), at);
            if (random.nextBoolean()) {
                add(events, new FeedbackAcknowledged(id, later(random, at), kind, unit, random.nextInt(5)), at);
            }
            if (random.nextBoolean()) {
                add(events, new FeedbackAnswered(id, later(random, at), kind, unit, random.nextInt(15)), at);
            }
        }
        List<UUID> articles = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        int views = random.nextInt(60);
        for (int i = 0; i < views; i++) {
            Instant at = someTime(random, days, yearsBack);
            UUID article = pick(random, articles);
            add(events, new FaqArticleViewed(article, at), at);
            if (random.nextInt(5) == 0) {
                add(events, new FaqArticleVoted(article, at, random.nextBoolean()), at);
            }
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            Instant at = someTime(random, days, yearsBack);
            events.add(new Generated(UUID.randomUUID().toString(), UNKNOWN_TYPE, UUID.randomUUID().toString(), at,
                    null));
        }
        return events;
    }

    private static void add(List<Generated> events, EventData data, Instant at) {
        events.add(new Generated(UUID.randomUUID().toString(), EventType.of(data.getClass()).type(),
                data.aggregateId().toString(), at, data));
    }

    /** Near one of the interesting midnights, or (late events) the same day a year earlier. */
    private static Instant someTime(Random random, List<LocalDate> days, int yearsBack) {
        LocalDate day = pick(random, days).plusDays(random.nextInt(3) - 1)
                .minusYears(yearsBack + (random.nextInt(5) == 0 ? 1 : 0));
        LocalTime time = switch (random.nextInt(4)) {
            case 0 -> LocalTime.of(23, 59, 59);
            case 1 -> LocalTime.MIDNIGHT;
            case 2 -> LocalTime.of(2, 30);
            default -> LocalTime.ofSecondOfDay(random.nextInt(86_400));
        };
        return day.atTime(time).atZone(ZONE).toInstant();
    }

    private static Instant later(Random random, Instant after) {
        return after.plusSeconds(random.nextInt(3) == 0 ? random.nextInt(3 * 86_400) : random.nextInt(600));
    }

    private static long workingMinutes(Random random) {
        return random.nextInt(3) == 0 ? 1000 + random.nextInt(30_000) : random.nextInt(3000);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

}
