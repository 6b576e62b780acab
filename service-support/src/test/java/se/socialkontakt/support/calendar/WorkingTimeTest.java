package se.socialkontakt.support.calendar;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingTimeTest {
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private final WorkingTime working = new WorkingTime(new SwedishHolidays());

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(STOCKHOLM).toInstant();
    }

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertThat(working.isWorkingDay(LocalDate.parse("2026-11-23"))).as("a Monday").isTrue();
        assertThat(working.isWorkingDay(LocalDate.parse("2026-11-28"))).as("a Saturday").isFalse();
        assertThat(working.isWorkingDay(LocalDate.parse("2026-04-03"))).as("Good Friday 2026").isFalse();
        assertThat(working.isWorkingDay(LocalDate.parse("2026-04-06"))).as("Easter Monday 2026").isFalse();
        assertThat(working.isWorkingDay(LocalDate.parse("2026-06-19"))).as("Midsummer Eve 2026").isFalse();
        assertThat(working.isWorkingDay(LocalDate.parse("2026-12-24"))).as("Christmas Eve").isFalse();
    }

    @Test
    void aDeadlineAtMidnightEndsWithTheDayBefore() {
        // A contact on Saturday 5 December 2026, answered within one working day: by the end of Monday 7 December.
        Instant end = working.deadline(at("2026-12-05T10:00"), 1, STOCKHOLM);
        assertThat(end).isEqualTo(at("2026-12-08T00:00"));
        assertThat(WorkingTime.lastDay(end, STOCKHOLM)).isEqualTo(LocalDate.parse("2026-12-07"));
        assertThat(WorkingTime.lastDay(at("2026-12-08T14:00"), STOCKHOLM)).isEqualTo(LocalDate.parse("2026-12-08"));
    }

    @Test
    void aPeriodEndingOnADayOffEndsOnTheNextWorkingDay() {
        assertThat(working.onOrAfter(LocalDate.parse("2026-12-09"))).as("a Wednesday stays").isEqualTo("2026-12-09");
        assertThat(working.onOrAfter(LocalDate.parse("2026-12-12"))).as("a Saturday").isEqualTo("2026-12-14");
        assertThat(working.onOrAfter(LocalDate.parse("2026-12-24"))).as("julafton, Thursday, to the 28th")
                .isEqualTo("2026-12-28");
        assertThat(working.onOrAfter(LocalDate.parse("2026-12-26"))).as("Annandag jul, a Saturday")
                .isEqualTo("2026-12-28");
        assertThat(working.onOrAfter(LocalDate.parse("2026-12-31"))).as("nyårsafton, then nyårsdagen")
                .isEqualTo("2027-01-04");
        assertThat(working.onOrAfter(LocalDate.parse("2026-06-19"))).as("midsommarafton").isEqualTo("2026-06-22");
    }

    @Test
    void oneWorkingDayFromFridayAfternoonIsMondayAfternoon() {
        assertThat(working.deadline(at("2026-11-20T14:00"), 1, STOCKHOLM)).isEqualTo(at("2026-11-23T14:00"));
    }

    @Test
    void aContactOnASaturdayStartsItsClockOnMonday() {
        assertThat(working.deadline(at("2026-11-21T10:00"), 1, STOCKHOLM)).isEqualTo(at("2026-11-24T00:00"));
    }

    @Test
    void easterAndMidsummerAreSkipped() {
        // Thursday before Easter 2026 (2 April) + 2 working days: Good Friday and Easter Monday do not count.
        assertThat(working.deadline(at("2026-04-02T09:00"), 2, STOCKHOLM)).isEqualTo(at("2026-04-08T09:00"));
        // Thursday 18 June 2026 + 1: Midsummer Eve (Friday) is closed.
        assertThat(working.deadline(at("2026-06-18T11:30"), 1, STOCKHOLM)).isEqualTo(at("2026-06-22T11:30"));
    }

    @Test
    void tenWorkingDaysOverChristmasAndNewYear() {
        // From Monday 21 Dec 2026 the working days are 21, 22, 23, 28, 29, 30 Dec and 4, 5, 7, 8 Jan (Christmas
        // Eve and Day, New Year's Eve and Day and Epiphany closed): the tenth ends at midnight after 8 January.
        assertThat(working.deadline(at("2026-12-21T00:00"), 10, STOCKHOLM)).isEqualTo(at("2027-01-09T00:00"));
    }

    @Test
    void workingTimeBetweenSkipsTheWeekend() {
        assertThat(working.between(at("2026-11-20T14:00"), at("2026-11-23T10:00"), STOCKHOLM))
                .isEqualTo(Duration.ofHours(20));
        assertThat(working.between(at("2026-11-21T10:00"), at("2026-11-22T10:00"), STOCKHOLM)).isZero();
        assertThat(working.between(at("2026-11-23T10:00"), at("2026-11-20T10:00"), STOCKHOLM)).isZero();
    }

    @Test
    void workingDaysBetweenCountsABegunDayAsOne() {
        assertThat(working.workingDaysBetween(at("2026-11-23T09:00"), at("2026-11-23T09:30"), STOCKHOLM)).isEqualTo(1);
        assertThat(working.workingDaysBetween(at("2026-11-20T14:00"), at("2026-11-23T14:00"), STOCKHOLM)).isEqualTo(1);
        assertThat(working.workingDaysBetween(at("2026-11-20T14:00"), at("2026-11-23T14:01"), STOCKHOLM)).isEqualTo(2);
        assertThat(working.workingDaysBetween(at("2026-11-21T09:00"), at("2026-11-22T09:00"), STOCKHOLM)).isZero();
    }
}
