package se.socialkontakt.support.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Swedish public holidays ("röda dagar", Easter-based ones included) and the eves the municipality closes on
 * (midsommarafton, julafton, nyårsafton), from jollyday's Swedish calendar, computed once per year. Shared by every
 * service that counts opening hours or working days.
 */
@Singleton
public class SwedishHolidays {
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
    private final Map<Integer, Map<LocalDate, Holiday>> byYear = new ConcurrentHashMap<>();

    /** The holiday on that date, if any. */
    public Optional<HolidayName> on(LocalDate date) {
        Holiday holiday = byYear.computeIfAbsent(date.getYear(), year -> manager.getHolidays(Year.of(year)).stream()
                .collect(Collectors.toMap(Holiday::getDate, Function.identity(), (first, second) -> first)))
                .get(date);
        return Optional.ofNullable(holiday)
                .map(h -> new HolidayName(h.getDescription(SWEDISH), h.getDescription(Locale.ENGLISH)));
    }

    /** A holiday's name in Swedish and English, for pages in either language. */
    public record HolidayName(String sv, String en) {
    }
}
