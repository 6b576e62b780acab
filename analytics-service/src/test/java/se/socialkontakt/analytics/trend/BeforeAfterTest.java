package se.socialkontakt.analytics.trend;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The windows around a marker and the change between them, with the dashboard's suppression under five events. */
class BeforeAfterTest {
    /** A Wednesday, so that windows of whole weeks from it are visibly not ISO weeks. */
    private static final LocalDate MARKER = LocalDate.of(2021, 3, 3);
    private static final LocalDate LONG_AFTER = LocalDate.of(2030, 1, 1);

    /** Events per day; a span's count is the sum over its days, as the aggregates give it. */
    private final Map<LocalDate, Long> perDay = new HashMap<>();

    private void events(LocalDate day, long n) {
        perDay.merge(day, n, Long::sum);
    }

    private long count(Span span) {
        return perDay.entrySet().stream().filter(e -> !e.getKey().isBefore(span.from())
                && e.getKey().isBefore(span.until())).mapToLong(Map.Entry::getValue).sum();
    }

    private BeforeAfter fourWeeks(LocalDate today) {
        return BeforeAfter.of("contacts.total", MARKER, 4, today, this::count);
    }

    @Test
    void fourWholeWeeksOnEachSideOfTheDayAndTheSameWeekdaysAYearEarlier() {
        BeforeAfter result = fourWeeks(LONG_AFTER);
        assertThat(result.around().before().from()).isEqualTo(LocalDate.of(2021, 2, 3));
        assertThat(result.around().before().until()).isEqualTo(MARKER);
        assertThat(result.around().after().from()).isEqualTo(MARKER);
        assertThat(result.around().after().until()).isEqualTo(LocalDate.of(2021, 3, 31));
        // 52 weeks back: Wednesday 4 March 2020, not the calendar date (a Tuesday that year).
        assertThat(result.yearEarlier().before().from()).isEqualTo(LocalDate.of(2020, 2, 5));
        assertThat(result.yearEarlier().after().from()).isEqualTo(LocalDate.of(2020, 3, 4));
        assertThat(result.yearEarlier().after().until()).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(result.yearEarlier().after().from().getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
    }

    @Test
    void theMarkersDayCountsAfterAndEachWindowEndsWhereItShould() {
        events(MARKER, 5);
        events(MARKER.minusDays(1), 2);
        events(MARKER.minusDays(28), 3);
        events(MARKER.minusDays(29), 100);
        events(MARKER.plusDays(27), 1);
        events(MARKER.plusDays(28), 100);
        BeforeAfter result = fourWeeks(LONG_AFTER);
        assertThat(result.around().before().value()).isEqualTo(5);
        assertThat(result.around().after().value()).isEqualTo(6);
        assertThat(result.around().difference()).isEqualTo(1);
        assertThat(result.around().percent()).isEqualTo(20.0);
    }

    @Test
    void aCountUnderFiveIsSuppressedAndSoIsEveryChangeThatWouldGiveItAway() {
        events(MARKER.minusDays(3), 8);
        events(MARKER.plusDays(3), 14);
        events(MARKER.minusWeeks(52).minusDays(3), 6);
        events(MARKER.minusWeeks(52).plusDays(3), 3);
        BeforeAfter result = fourWeeks(LONG_AFTER);
        assertThat(result.around().difference()).isEqualTo(6);
        assertThat(result.around().percent()).isEqualTo(75.0);
        BeforeAfter.Window suppressed = result.yearEarlier().after();
        assertThat(suppressed.suppressed()).isTrue();
        assertThat(suppressed.value()).isNull();
        assertThat(result.yearEarlier().before().value()).isEqualTo(6);
        assertThat(result.yearEarlier().difference()).isNull();
        assertThat(result.yearEarlier().percent()).isNull();
    }

    @Test
    void aChangeIsInPerCentOfBeforeToOneDecimalEitherWay() {
        events(MARKER.minusDays(1), 7);
        events(MARKER, 9);
        assertThat(fourWeeks(LONG_AFTER).around().percent()).isEqualTo(28.6);
        perDay.clear();
        events(MARKER.minusDays(1), 12);
        events(MARKER, 5);
        BeforeAfter.Comparison fewer = fourWeeks(LONG_AFTER).around();
        assertThat(fewer.difference()).isEqualTo(-7);
        assertThat(fewer.percent()).isEqualTo(-58.3);
    }

    @Test
    void aWindowStillRunningShowsItsCountSoFarButNoChange() {
        events(MARKER.minusDays(1), 20);
        events(MARKER, 10);
        // The after window ends on 31 March; on its last day, today's events are still coming in.
        BeforeAfter running = fourWeeks(LocalDate.of(2021, 3, 30));
        assertThat(running.around().before().over()).isTrue();
        assertThat(running.around().after().over()).isFalse();
        assertThat(running.around().after().value()).isEqualTo(10);
        assertThat(running.around().difference()).isNull();
        BeforeAfter over = fourWeeks(LocalDate.of(2021, 3, 31));
        assertThat(over.around().after().over()).isTrue();
        assertThat(over.around().difference()).isEqualTo(-10);
    }

    @Test
    void aWindowHasAtLeastOneWeek() {
        assertThatThrownBy(() -> BeforeAfter.of("contacts.total", MARKER, 0, LONG_AFTER, this::count))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void windowsMeetAtTheMarkerSpanWholeWeeksAndAYearEarlierStartOnTheSameWeekday(
            @ForAll @IntRange(min = 0, max = 20_000) int daysFrom2000, @ForAll @IntRange(min = 1, max = 26) int weeks,
            @ForAll @LongRange(max = 20) long before, @ForAll @LongRange(max = 20) long after) {
        perDay.clear();
        LocalDate marker = LocalDate.of(2000, 1, 1).plusDays(daysFrom2000);
        events(marker.minusDays(1), before);
        events(marker, after);
        BeforeAfter result = BeforeAfter.of("chat.queued", marker, weeks, LONG_AFTER.plusYears(100), this::count);

        for (BeforeAfter.Comparison comparison : new BeforeAfter.Comparison[] { result.around(), result.yearEarlier() }) {
            assertThat(ChronoUnit.DAYS.between(comparison.before().from(), comparison.before().until()))
                    .isEqualTo(7L * weeks);
            assertThat(comparison.before().until()).isEqualTo(comparison.after().from());
            assertThat(ChronoUnit.DAYS.between(comparison.after().from(), comparison.after().until()))
                    .isEqualTo(7L * weeks);
            assertThat(comparison.after().from().getDayOfWeek()).isEqualTo(marker.getDayOfWeek());
        }
        assertThat(result.around().after().from()).isEqualTo(marker);
        assertThat(ChronoUnit.DAYS.between(result.yearEarlier().after().from(), marker)).isEqualTo(364);

        assertThat(result.around().before().suppressed()).isEqualTo(before < 5);
        assertThat(result.around().after().suppressed()).isEqualTo(after < 5);
        if (before >= 5 && after >= 5) {
            assertThat(result.around().difference()).isEqualTo(after - before);
            assertThat(result.around().percent()).isCloseTo(100.0 * (after - before) / before,
                    Offset.offset(0.051));
        } else {
            assertThat(result.around().difference()).isNull();
        }
    }
}
