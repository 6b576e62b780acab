package se.socialkontakt.support.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SwedishHolidaysTest {
    private final SwedishHolidays holidays = new SwedishHolidays();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2026-01-01, Nyårsdagen",
            "2026-01-06, Trettondedag jul",
            // Easter Sunday 2026 is 5 April, 2027 is 28 March: the Easter-based days move with it.
            "2026-04-03, Långfredag",
            "2026-04-05, Påskdagen",
            "2026-04-06, Annandag påsk",
            "2026-05-14, Kristi himmelfärdsdag",
            "2026-05-24, Pingstdagen",
            "2027-03-26, Långfredag",
            "2027-03-29, Annandag påsk",
            "2027-05-06, Kristi himmelfärdsdag",
            "2026-05-01, Första maj",
            "2026-06-06, Sveriges nationaldag",
            // Midsummer Eve is the Friday between 19 and 25 June, All Saints' Day the Saturday from 31 October.
            "2026-06-19, Midsommarafton",
            "2026-06-20, Midsommardagen",
            "2027-06-25, Midsommarafton",
            "2026-10-31, Alla helgons dag",
            "2026-12-24, Julafton",
            "2026-12-25, Juldagen",
            "2026-12-26, Annandag jul",
            "2026-12-31, Nyårsafton"})
    void knowsTheSwedishHolidays(LocalDate date, String swedishName) {
        assertThat(holidays.on(date)).hasValueSatisfying(name -> {
            assertThat(name.sv()).isEqualToIgnoringCase(swedishName);
            assertThat(name.en()).isNotBlank();
        });
    }

    @Test
    void ordinaryDaysAreNoHolidays() {
        assertThat(holidays.on(LocalDate.of(2026, 11, 23))).isEmpty();
        assertThat(holidays.on(LocalDate.of(2026, 6, 21))).isEmpty();
        assertThat(holidays.on(LocalDate.of(2027, 4, 5))).as("Easter Monday of 2026's date in 2027").isEmpty();
    }
}
