package se.socialkontakt.chat.hours;

import org.junit.jupiter.api.Test;
import se.socialkontakt.support.calendar.SwedishHolidays;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpeningHoursTest {
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final SwedishHolidays HOLIDAYS = new SwedishHolidays();
    private static final DailyHours AFTERNOON = new DailyHours(LocalTime.of(15, 0), LocalTime.of(20, 0));

    /** Monday to Friday 15-20, Sunday 17-20, Saturday closed; the queue closes 15 minutes early. */
    private static OpeningHours hours(HoursException... exceptions) {
        Map<DayOfWeek, DailyHours> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY}) {
            weekly.put(day, AFTERNOON);
        }
        weekly.put(DayOfWeek.SUNDAY, new DailyHours(LocalTime.of(17, 0), LocalTime.of(20, 0)));
        Map<LocalDate, HoursException> byDate = new java.util.HashMap<>();
        for (HoursException exception : exceptions) {
            byDate.put(exception.date(), exception);
        }
        return new OpeningHours(weekly, byDate, HOLIDAYS, STOCKHOLM, Duration.ofMinutes(15));
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(STOCKHOLM).toInstant();
    }

    @Test
    void openDuringTheDaysHours() {
        Availability availability = hours().at(at("2026-11-23T16:30"));
        assertThat(availability.state()).isEqualTo(Availability.State.OPEN);
        assertThat(availability.acceptsNewChats()).isTrue();
        assertThat(availability.closesAt()).contains(at("2026-11-23T20:00"));
        assertThat(availability.nextOpening()).isEmpty();
    }

    @Test
    void theQueueClosesBeforeClosingTime() {
        Availability availability = hours().at(at("2026-11-23T19:50"));
        assertThat(availability.state()).isEqualTo(Availability.State.CLOSING_SOON);
        assertThat(availability.acceptsNewChats()).isFalse();
        assertThat(availability.closesAt()).contains(at("2026-11-23T20:00"));
        assertThat(availability.nextOpening()).contains(at("2026-11-24T15:00"));
    }

    @Test
    void openingAndClosingTimesAreInclusiveAndExclusive() {
        assertThat(hours().at(at("2026-11-23T15:00")).state()).isEqualTo(Availability.State.OPEN);
        assertThat(hours().at(at("2026-11-23T19:45")).state()).isEqualTo(Availability.State.CLOSING_SOON);
        assertThat(hours().at(at("2026-11-23T20:00")).state()).isEqualTo(Availability.State.CLOSED);
    }

    @Test
    void beforeOpeningTheNextOpeningIsLaterToday() {
        Availability availability = hours().at(at("2026-11-23T09:00"));
        assertThat(availability.state()).isEqualTo(Availability.State.CLOSED);
        assertThat(availability.nextOpening()).contains(at("2026-11-23T15:00"));
    }

    @Test
    void afterFridayClosingTheNextOpeningIsSunday() {
        assertThat(hours().at(at("2026-11-27T21:00")).nextOpening()).contains(at("2026-11-29T17:00"));
    }

    @Test
    void closedOverEasterAndOpenAgainAfterEasterMonday() {
        // 2027: Good Friday 26 March, Easter Sunday 28 March, Easter Monday 29 March.
        Availability goodFriday = hours().at(at("2027-03-26T16:00"));
        assertThat(goodFriday.state()).isEqualTo(Availability.State.CLOSED);
        assertThat(goodFriday.holiday()).hasValueSatisfying(h -> assertThat(h.sv()).isEqualToIgnoringCase("Långfredag"));
        assertThat(goodFriday.nextOpening()).contains(at("2027-03-30T15:00"));
    }

    @Test
    void closedOnMidsummerEveAndAscensionDay() {
        assertThat(hours().at(at("2026-06-19T16:00")).state()).isEqualTo(Availability.State.CLOSED);
        assertThat(hours().at(at("2026-05-14T16:00")).state()).isEqualTo(Availability.State.CLOSED);
        assertThat(hours().at(at("2026-06-19T16:00")).nextOpening()).as("Midsummer Day is Saturday")
                .contains(at("2026-06-21T17:00"));
    }

    @Test
    void anExceptionCanCloseAnOrdinaryDay() {
        OpeningHours hours = hours(new HoursException(LocalDate.of(2026, 11, 23), Optional.empty(),
                "Personaldag"));
        Availability availability = hours.at(at("2026-11-23T16:00"));
        assertThat(availability.state()).isEqualTo(Availability.State.CLOSED);
        assertThat(availability.exceptionReason()).contains("Personaldag");
        assertThat(availability.nextOpening()).contains(at("2026-11-24T15:00"));
    }

    @Test
    void anExceptionCanOpenAHolidayWithOtherHours() {
        OpeningHours hours = hours(new HoursException(LocalDate.of(2026, 12, 24),
                Optional.of(new DailyHours(LocalTime.of(10, 0), LocalTime.of(14, 0))), "Öppet på julafton"));
        assertThat(hours.at(at("2026-12-24T11:00")).state()).isEqualTo(Availability.State.OPEN);
        assertThat(hours.at(at("2026-12-24T15:00")).state()).isEqualTo(Availability.State.CLOSED);
        assertThat(hours.at(at("2026-12-24T09:00")).nextOpening()).contains(at("2026-12-24T10:00"));
    }

    @Test
    void localTimesHoldAcrossTheChangeToSummerTime() {
        // Clocks go forward on Sunday 29 March 2026; Sunday opening is still 17:00 local time.
        assertThat(hours().at(at("2026-03-28T12:00")).nextOpening()).contains(at("2026-03-29T17:00"));
    }

    @Test
    void withNoOpeningDaysTheChatIsClosedWithoutANextOpening() {
        OpeningHours never = new OpeningHours(Map.of(), Map.of(), HOLIDAYS, STOCKHOLM, Duration.ofMinutes(15));
        Availability availability = never.at(at("2026-11-23T16:00"));
        assertThat(availability.state()).isEqualTo(Availability.State.CLOSED);
        assertThat(availability.nextOpening()).isEmpty();
    }

    @Test
    void aClosingTimeOfMidnightKeepsTheChatOpenUntilTheDayEnds() {
        OpeningHours hours = hours(new HoursException(LocalDate.of(2026, 12, 31),
                Optional.of(new DailyHours(LocalTime.of(18, 0), LocalTime.MIDNIGHT)), "Nyårsafton"));
        Availability lateEvening = hours.at(at("2026-12-31T23:30"));
        assertThat(lateEvening.state()).isEqualTo(Availability.State.OPEN);
        assertThat(lateEvening.closesAt()).contains(at("2027-01-01T00:00"));
        assertThat(hours.at(at("2026-12-31T23:50")).state()).isEqualTo(Availability.State.CLOSING_SOON);
    }

    @Test
    void midnightToMidnightIsOpenAllDay() {
        OpeningHours hours = hours(new HoursException(LocalDate.of(2026, 11, 28),
                Optional.of(new DailyHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)), "Dygnet runt"));
        assertThat(hours.at(at("2026-11-28T00:00")).state()).isEqualTo(Availability.State.OPEN);
        assertThat(hours.at(at("2026-11-28T03:00")).state()).isEqualTo(Availability.State.OPEN);
    }

    @Test
    void openingMustComeBeforeClosing() {
        assertThatThrownBy(() -> new DailyHours(LocalTime.of(20, 0), LocalTime.of(15, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DailyHours(LocalTime.of(15, 0), LocalTime.of(15, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
