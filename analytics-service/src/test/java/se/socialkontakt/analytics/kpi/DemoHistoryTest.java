package se.socialkontakt.analytics.kpi;

import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.Test;
import se.socialkontakt.analytics.demo.DemoHistory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoHistoryTest {
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void theSameSeedGivesTheSameEventsSoPublishingTwiceStoresThemOnce() {
        List<String> first = DemoHistory.year(7, STOCKHOLM, NOW).stream().map(CloudEvent::getId).toList();
        List<String> again = DemoHistory.year(7, STOCKHOLM, NOW).stream().map(CloudEvent::getId).toList();
        assertThat(again).isEqualTo(first).doesNotHaveDuplicates();
    }

    @Test
    void aYearLooksLikeAMunicipalitysYear() {
        List<CloudEvent> year = DemoHistory.year(7, STOCKHOLM, NOW);
        assertThat(year).allSatisfy(e -> assertThat(e.getTime().toInstant()).isBeforeOrEqualTo(NOW));
        Map<DayOfWeek, Long> contactsPerWeekday = year.stream()
                .filter(e -> e.getType().equals("se.socialkontakt.contact.case.opened.v1"))
                .collect(Collectors.groupingBy(e -> LocalDate.ofInstant(e.getTime().toInstant(), STOCKHOLM)
                        .getDayOfWeek(), Collectors.counting()));
        assertThat(contactsPerWeekday.get(DayOfWeek.TUESDAY)).isGreaterThan(5 * contactsPerWeekday.get(DayOfWeek.SUNDAY));
        assertThat(year.stream().filter(e -> e.getType().contains(".chat."))
                .map(e -> LocalDate.ofInstant(e.getTime().toInstant(), STOCKHOLM).getDayOfWeek()))
                .as("the youth chat is closed on Saturdays").doesNotContain(DayOfWeek.SATURDAY);
        assertThat(year).hasSizeGreaterThan(20_000);
        assertThat(year.stream().filter(e -> e.getType().equals("se.socialkontakt.chat.conversation.started.v1")))
                .as("answered chats: near the seeded goal of 60 a year, the chat plan's scale")
                .hasSizeBetween(40, 80);
    }
}
