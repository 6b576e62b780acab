package se.socialkontakt.analytics.aggregate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A period read as days, months and years covers each of its days once, at the largest level that fits. */
class LevelTest {
    private static final LocalDate ORIGIN = LocalDate.of(2023, 1, 1);

    @Property(tries = 2000)
    void everyDayIsCoveredOnceAtTheLargestLevelThatFits(@ForAll @IntRange(min = 0, max = 1500) int fromDay,
            @ForAll @IntRange(min = 0, max = 1200) int length) {
        LocalDate from = ORIGIN.plusDays(fromDay);
        LocalDate until = from.plusDays(length);
        List<Level.Part> parts = Level.cover(from, until);

        assertThat(parts.size()).isLessThanOrEqualTo(5);
        LocalDate at = from;
        for (Level.Part part : parts) {
            assertThat(part.from()).isEqualTo(at);
            assertThat(part.until()).isAfter(part.from());
            assertThat(part.level().startOf(part.from())).isEqualTo(part.from());
            assertThat(part.level().startOf(part.until())).isEqualTo(part.until());
            at = part.until();
        }
        assertThat(at).isEqualTo(until);
        for (Level.Part part : parts) {
            for (LocalDate day = part.from(); day.isBefore(part.until()); day = day.plusDays(1)) {
                boolean wholeMonth = day.getDayOfMonth() == 1 && !day.plusMonths(1).isAfter(until)
                        && !day.isBefore(from);
                boolean wholeYear = day.getDayOfYear() == 1 && !day.plusYears(1).isAfter(until);
                if (wholeYear) {
                    assertThat(part.level()).as(day + " starts a whole year").isEqualTo(Level.YEAR);
                } else if (wholeMonth && part.level() == Level.DAY) {
                    assertThat(day).as("a whole month read as days").isNull();
                }
            }
        }
    }

    @Test
    void aYearToDateIsItsMonthsAndItsLastDays() {
        assertThat(Level.cover(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3))).containsExactly(
                new Level.Part(Level.MONTH, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1)),
                new Level.Part(Level.DAY, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 3)));
        assertThat(Level.cover(LocalDate.of(2025, 12, 31), LocalDate.of(2027, 2, 2))).containsExactly(
                new Level.Part(Level.DAY, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1)),
                new Level.Part(Level.YEAR, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)),
                new Level.Part(Level.MONTH, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1)),
                new Level.Part(Level.DAY, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 2)));
        assertThat(Level.cover(LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 5))).isEmpty();
    }
}
