package se.socialkontakt.chat.hours;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.socialkontakt.support.calendar.SwedishHolidays;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads and changes the stored opening hours; the rest of the chat asks it whether the chat is open. */
@ApplicationScoped
public class HoursService {
    private final SwedishHolidays holidays;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration queueClosesBefore;

    HoursService(SwedishHolidays holidays, Clock clock,
            @ConfigProperty(name = "socialkontakt.chat.zone") ZoneId zone,
            @ConfigProperty(name = "socialkontakt.chat.queue.closes-before") Duration queueClosesBefore) {
        this.holidays = holidays;
        this.clock = clock;
        this.zone = zone;
        this.queueClosesBefore = queueClosesBefore;
    }

    public Availability availabilityNow() {
        return openingHours().at(clock.instant());
    }

    /** Past exception dates cannot affect now or what comes next, so only upcoming ones are read. */
    private OpeningHours openingHours() {
        Map<LocalDate, HoursException> exceptions = upcomingExceptions().stream()
                .collect(Collectors.toMap(HoursException::date, Function.identity()));
        return new OpeningHours(weekly(), exceptions, holidays, zone, queueClosesBefore);
    }

    public Map<DayOfWeek, DailyHours> weekly() {
        Map<DayOfWeek, DailyHours> weekly = new EnumMap<>(DayOfWeek.class);
        WeeklyHoursEntry.<WeeklyHoursEntry>streamAll().forEach(
                entry -> weekly.put(DayOfWeek.of(entry.dayOfWeek), new DailyHours(entry.opens, entry.closes)));
        return weekly;
    }

    /** Exceptions from today on, soonest first. */
    public List<HoursException> upcomingExceptions() {
        return ExceptionEntry.<ExceptionEntry>find("day >= ?1", Sort.by("day"), LocalDate.now(clock.withZone(zone)))
                .stream().map(ExceptionEntry::toException).toList();
    }

    public ZoneId zone() {
        return zone;
    }

    public Duration queueClosesBefore() {
        return queueClosesBefore;
    }

    /** Replaces the whole weekly schedule; days left out are closed. */
    @Transactional
    public void replaceWeekly(Map<DayOfWeek, DailyHours> weekly) {
        WeeklyHoursEntry.deleteAll();
        weekly.forEach((day, hours) -> {
            WeeklyHoursEntry entry = new WeeklyHoursEntry();
            entry.dayOfWeek = (short) day.getValue();
            entry.opens = hours.opens();
            entry.closes = hours.closes();
            entry.persist();
        });
    }

    @Transactional
    public void setException(HoursException exception) {
        ExceptionEntry entry = ExceptionEntry.<ExceptionEntry>findByIdOptional(exception.date()).orElseGet(() -> {
            ExceptionEntry created = new ExceptionEntry();
            created.day = exception.date();
            return created;
        });
        entry.opens = exception.hours().map(DailyHours::opens).orElse(null);
        entry.closes = exception.hours().map(DailyHours::closes).orElse(null);
        entry.reason = exception.reason();
        entry.persist();
    }

    /** Removes the exception of that date; false when there was none. */
    @Transactional
    public boolean removeException(LocalDate date) {
        return ExceptionEntry.deleteById(date);
    }
}
