package se.socialkontakt.analytics.kpi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import se.socialkontakt.support.calendar.SwedishHolidays;
import se.socialkontakt.support.calendar.WorkingTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every figure on a hand-made set of events whose answers are worked out by hand in the comments. */
class FigureCalculatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Instant T = Instant.parse("2026-03-10T10:00:00Z");

    private static Fact fact(String type, Map<String, ?> data) {
        return fact(type, data, null);
    }

    private static Fact fact(String type, Map<String, ?> data, Map<String, ?> caseData) {
        JsonNode node = JSON.valueToTree(data);
        return new Fact("se.socialkontakt." + type + ".v1", T, node, caseData == null ? null : JSON.valueToTree(caseData));
    }

    private static Map<String, Double> values(List<Fact> facts, Filters filters) {
        return FigureCalculator.compute(facts, filters).stream()
                .collect(Collectors.toMap(Figure.Raw::key, Figure.Raw::value));
    }

    @Test
    void medianAndNinetiethPercentileAreDefinedOnce() {
        assertThat(Stats.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
        assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        // Nearest rank: ⌈0.9 × 10⌉ = 9th of 1..10 is 9; ⌈0.9 × 11⌉ = 10th of 1..11 is 10.
        assertThat(Stats.p90(IntStream.rangeClosed(1, 10).mapToObj(i -> (double) i).toList())).isEqualTo(9.0);
        assertThat(Stats.p90(IntStream.rangeClosed(1, 11).mapToObj(i -> (double) i).toList())).isEqualTo(10.0);
        assertThat(Stats.p90(List.of(7.0))).isEqualTo(7.0);
    }

    @Test
    void contactsPerChannelAndTheShareAnsweredWithinWorkingDaysAcrossEaster() {
        WorkingTime working = new WorkingTime(new SwedishHolidays());
        List<Fact> facts = new ArrayList<>();
        Map<String, String> phone = Map.of("channel", "PHONE", "category", "ADVICE", "targetGroup", "RELATIVES");
        Map<String, String> email = Map.of("channel", "EMAIL", "category", "HOUSING", "targetGroup", "ALL_RESIDENTS");
        for (int i = 0; i < 6; i++) {
            facts.add(fact("contact.case.opened", phone));
        }
        for (int i = 0; i < 4; i++) {
            facts.add(fact("contact.case.opened", email));
        }
        // E-mails answered: Thursday before Easter 2026 at 16:00 → Tuesday after Easter at 09:00 is 17 working hours
        // (Good Friday to Easter Monday closed): within one working day. Three more took 0.5, 1.5 and 3 working days.
        Instant thursday = LocalDateTime.parse("2026-04-02T16:00").atZone(STOCKHOLM).toInstant();
        Instant tuesday = LocalDateTime.parse("2026-04-07T09:00").atZone(STOCKHOLM).toInstant();
        long acrossEaster = working.between(thursday, tuesday, STOCKHOLM).toMinutes();
        assertThat(acrossEaster).isEqualTo(17 * 60);
        for (long minutes : new long[] { acrossEaster, 720, 2160, 4320 }) {
            facts.add(fact("contact.case.first-response", Map.of("workingMinutes", minutes), email));
        }

        Map<String, Double> v = values(facts, Filters.NONE);
        assertThat(v).containsEntry("contacts.total", 10.0).containsEntry("contacts.channel.PHONE", 6.0)
                .containsEntry("contacts.channel.PHONE.share", 60.0).containsEntry("contacts.channel.EMAIL.share", 40.0);
        // Within 1 working day (≤ 1440 min): 1020 and 720 → 2 of 4; within 2 (≤ 2880): also 2160 → 3 of 4.
        assertThat(v).containsEntry("contacts.answeredWithin1WorkingDay.share", 50.0)
                .containsEntry("contacts.answeredWithin2WorkingDays.share", 75.0);
        // Median of 720, 1020, 2160, 4320 is (1020 + 2160) / 2 = 1590; p90 is the 4th of 4: 4320.
        assertThat(v).containsEntry("contacts.firstResponse.workingMinutes.median", 1590.0)
                .containsEntry("contacts.firstResponse.workingMinutes.p90", 4320.0);

        Map<String, Double> phoneOnly = values(facts, new Filters("PHONE", null, null, null));
        assertThat(phoneOnly).containsEntry("contacts.total", 6.0)
                .doesNotContainKey("contacts.answeredWithin1WorkingDay.share");
    }

    @Test
    void resolvedAtFirstContactVersusRoutedAndByUnit() {
        Map<String, String> c = Map.of("channel", "PHONE", "category", "ADVICE", "targetGroup", "RELATIVES");
        List<Fact> facts = new ArrayList<>();
        IntStream.range(0, 7).forEach(i -> facts.add(fact("contact.case.resolved",
                Map.of("atFirstContact", true, "workingMinutes", 0), c)));
        IntStream.range(0, 3).forEach(i -> facts.add(fact("contact.case.resolved",
                Map.of("atFirstContact", false, "workingMinutes", 900, "unit", "ELDERLY"), c)));
        IntStream.range(0, 3).forEach(i -> facts.add(fact("contact.case.routed", Map.of("unit", "ELDERLY"), c)));
        facts.add(fact("contact.case.sla-breached", Map.of("clock", "RESOLUTION", "unit", "ELDERLY"), c));

        Map<String, Double> v = values(facts, Filters.NONE);
        assertThat(v).containsEntry("contacts.resolvedAtFirstContact.share", 70.0)
                .containsEntry("contacts.routed", 3.0).containsEntry("contacts.slaBreaches", 1.0);
        assertThat(values(facts, new Filters(null, null, null, "ELDERLY")))
                .containsEntry("contacts.resolved", 3.0).containsEntry("contacts.resolvedAtFirstContact.share", 0.0);
    }

    @Test
    void youthChatFigures() {
        List<Fact> facts = new ArrayList<>();
        List.of("AGE_13_15", "AGE_13_15", "AGE_16_18", "UNDISCLOSED", "AGE_10_12", "AGE_13_15")
                .forEach(band -> facts.add(fact("chat.conversation.requested",
                        Map.of("conversationId", UUID.randomUUID().toString(), "ageBand", band))));
        List.of(30, 90, 60, 600, 120).forEach(wait -> facts.add(fact("chat.conversation.started",
                Map.of("waitSeconds", wait))));
        facts.add(fact("chat.conversation.abandoned", Map.of("waitedSeconds", 400)));
        facts.add(fact("chat.conversation.ended", Map.of("durationSeconds", 1200, "topics", List.of("FAMILY", "SCHOOL"))));
        facts.add(fact("chat.conversation.ended", Map.of("durationSeconds", 600, "topics", List.of("FAMILY"))));
        List.of(true, true, true, false).forEach(h -> facts.add(fact("chat.conversation.rated", Map.of("helped", h))));

        Map<String, Double> v = values(facts, Filters.NONE);
        assertThat(v).containsEntry("chat.queued", 6.0).containsEntry("chat.answered", 5.0)
                .containsEntry("chat.abandoned", 1.0)
                // Waits 30, 60, 90, 120, 600: median 90, p90 the 5th of 5 (⌈4.5⌉): 600.
                .containsEntry("chat.wait.seconds.median", 90.0).containsEntry("chat.wait.seconds.p90", 600.0)
                .containsEntry("chat.duration.seconds.median", 900.0)
                .containsEntry("chat.ageBand.AGE_13_15", 3.0).containsEntry("chat.ageBand.AGE_13_15.share", 50.0)
                .containsEntry("chat.topic.FAMILY", 2.0).containsEntry("chat.topic.SCHOOL", 1.0)
                .containsEntry("chat.helped.share", 75.0);
    }

    @Test
    void housingFeedbackAndFaqFigures() {
        List<Fact> facts = new ArrayList<>();
        List.of("DIGITAL", "DIGITAL", "DIGITAL", "PAPER").forEach(ch -> facts.add(fact("housing.application.submitted",
                Map.of("channel", ch, "wishes", 1))));
        List.of(10, 20, 30).forEach(d -> facts.add(fact("housing.application.decision-made",
                Map.of("outcome", d == 30 ? "REFUSED" : "GRANTED", "workingDays", d))));
        facts.add(fact("housing.application.appeal-received", Map.of("daysAfterDecision", 12)));
        List.of(1, 2, 3, 1, 5).forEach(d -> facts.add(fact("feedback.acknowledged",
                Map.of("kind", "COMPLAINT", "unit", "ELDERLY", "workingDays", d))));
        List.of(9, 12).forEach(d -> facts.add(fact("feedback.answered",
                Map.of("kind", "COMPLAINT", "unit", "ELDERLY", "workingDays", d))));
        String popular = UUID.randomUUID().toString();
        IntStream.range(0, 8).forEach(i -> facts.add(fact("faq.article.viewed", Map.of("articleId", popular))));
        facts.add(fact("faq.article.viewed", Map.of("articleId", UUID.randomUUID().toString())));
        facts.add(fact("faq.article.viewed", Map.of("articleId", UUID.randomUUID().toString())));
        List.of(true, false, true, true).forEach(h -> facts.add(fact("faq.article.voted", Map.of("helpful", h))));
        facts.add(fact("contact.case.opened", Map.of("channel", "PHONE", "category", "ADVICE", "targetGroup", "RELATIVES")));

        Map<String, Double> v = values(facts, Filters.NONE);
        assertThat(v).containsEntry("housing.submitted", 4.0).containsEntry("housing.digitalShare.share", 75.0)
                .containsEntry("housing.decision.workingDays.median", 20.0)
                .containsEntry("housing.decision.workingDays.p90", 30.0)
                .containsEntry("housing.outcome.GRANTED", 2.0).containsEntry("housing.appeals", 1.0)
                // Acknowledged within 2: 1, 2, 1 → 3 of 5; answered within 10: 9 → 1 of 2.
                .containsEntry("feedback.acknowledgedWithin2WorkingDays.share", 60.0)
                .containsEntry("feedback.answeredWithin10WorkingDays.share", 50.0)
                .containsEntry("faq.views", 10.0).containsEntry("faq.article." + popular, 8.0)
                .containsEntry("faq.helpful.share", 75.0)
                // One contact per 10 views: 100 per 1,000.
                .containsEntry("faq.contactsPer1000Views", 100.0);
    }

    @Test
    void figuresFromFewerThanFiveEventsAreSuppressedAndYearOnYearIsSideBySide() {
        Figure few = Figure.of("chat.abandoned", new Figure.Raw("chat.abandoned", 4, 4),
                new Figure.Raw("chat.abandoned", 12, 12));
        assertThat(few.suppressed()).isTrue();
        assertThat(few.value()).isNull();
        assertThat(few.basis()).as("not even the count behind it").isNull();
        assertThat(few.previousYear()).isEqualTo(12.0);

        Figure share = Figure.of("chat.helped.share", new Figure.Raw("chat.helped.share", 75, 4), null);
        assertThat(share.suppressed()).as("a share of four answers").isTrue();
        Figure enough = Figure.of("chat.queued", new Figure.Raw("chat.queued", 5, 5), null);
        assertThat(enough.value()).isEqualTo(5.0);
        assertThat(enough.previousSuppressed()).as("no events a year earlier").isTrue();
    }

    @Test
    void theSameEventsInAnyOrderGiveTheSameFigures() {
        List<Fact> facts = new ArrayList<>();
        IntStream.range(0, 20).forEach(i -> facts.add(fact("chat.conversation.started", Map.of("waitSeconds", i * 7))));
        IntStream.range(0, 9).forEach(i -> facts.add(fact("contact.case.opened",
                Map.of("channel", i % 2 == 0 ? "PHONE" : "VISIT", "category", "ADVICE", "targetGroup", "RELATIVES"))));
        List<Fact> shuffled = new ArrayList<>(facts);
        Collections.shuffle(shuffled, new java.util.Random(42));
        assertThat(values(shuffled, Filters.NONE)).isEqualTo(values(facts, Filters.NONE));
    }

    @Test
    void periodsFollowTheCalendarAndCompareWithTheSamePeriodAYearEarlier() {
        Period week = Period.of(Period.Kind.WEEK, LocalDate.parse("2026-11-25"));
        assertThat(week.start()).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(week.yearEarlier().start()).isEqualTo(LocalDate.parse("2025-11-24"));
        Period quarter = Period.of(Period.Kind.QUARTER, LocalDate.parse("2026-11-25"));
        assertThat(quarter.start()).isEqualTo(LocalDate.parse("2026-10-01"));
        assertThat(quarter.endExclusive()).isEqualTo(LocalDate.parse("2027-01-01"));
        assertThat(Period.of(Period.Kind.YEAR, LocalDate.parse("2024-02-29")).yearEarlier().start())
                .isEqualTo(LocalDate.parse("2023-01-01"));
    }
}
