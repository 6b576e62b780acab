package se.socialkontakt.chat.hours;

import se.socialkontakt.support.calendar.SwedishHolidays;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * The chat's opening hours: a weekly schedule, Swedish public holidays (closed) and exception dates (which beat
 * both), in the municipality's time zone. The queue closes {@code queueClosesBefore} closing time so nobody is
 * left waiting when the counsellors go home.
 */
public class OpeningHours {
    /** How far ahead the next opening is searched: beyond a year, the chat is simply closed until further notice. */
    private static final int SEARCH_DAYS = 366;

    private final Map<DayOfWeek, DailyHours> weekly;
    private final Map<LocalDate, HoursException> exceptions;
    private final SwedishHolidays holidays;
    private final ZoneId zone;
    private final Duration queueClosesBefore;

    public OpeningHours(Map<DayOfWeek, DailyHours> weekly, Map<LocalDate, HoursException> exceptions,
            SwedishHolidays holidays, ZoneId zone, Duration queueClosesBefore) {
        this.weekly = Map.copyOf(weekly);
        this.exceptions = Map.copyOf(exceptions);
        this.holidays = holidays;
        this.zone = zone;
        this.queueClosesBefore = queueClosesBefore;
    }

    /** The hours that apply on a date, if the chat opens at all that day. */
    public Optional<DailyHours> hoursOn(LocalDate date) {
        HoursException exception = exceptions.get(date);
        if (exception != null) {
            return exception.hours();
        }
        if (holidays.on(date).isPresent()) {
            return Optional.empty();
        }
        return Optional.ofNullable(weekly.get(date.getDayOfWeek()));
    }

    public Availability at(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate today = local.toLocalDate();
        Optional<DailyHours> hours = hoursOn(today);
        if (hours.isPresent()) {
            ZonedDateTime opens = hours.get().opensOn(today).atZone(zone);
            ZonedDateTime closes = hours.get().closesOn(today).atZone(zone);
            if (!local.isBefore(opens) && local.isBefore(closes)) {
                boolean queueOpen = local.isBefore(closes.minus(queueClosesBefore));
                return new Availability(queueOpen ? Availability.State.OPEN : Availability.State.CLOSING_SOON,
                        Optional.of(closes.toInstant()), queueOpen ? Optional.empty() : nextOpeningAfter(local),
                        Optional.empty(), Optional.empty());
            }
        }
        HoursException exception = exceptions.get(today);
        return new Availability(Availability.State.CLOSED, Optional.empty(), nextOpeningAfter(local),
                exception == null ? holidays.on(today) : Optional.empty(),
                Optional.ofNullable(exception).map(HoursException::reason));
    }

    private Optional<Instant> nextOpeningAfter(ZonedDateTime local) {
        LocalDate date = local.toLocalDate();
        for (int day = 0; day <= SEARCH_DAYS; day++, date = date.plusDays(1)) {
            Optional<DailyHours> hours = hoursOn(date);
            if (hours.isPresent()) {
                ZonedDateTime opens = hours.get().opensOn(date).atZone(zone);
                if (opens.isAfter(local)) {
                    return Optional.of(opens.toInstant());
                }
            }
        }
        return Optional.empty();
    }
}
