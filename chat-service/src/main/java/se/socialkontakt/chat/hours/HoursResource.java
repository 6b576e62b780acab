package se.socialkontakt.chat.hours;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.socialkontakt.support.calendar.SwedishHolidays;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Whether the chat is open, for everyone; the schedule and exception dates, set by the admin. */
@Path("/api/hours")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HoursResource {
    private final HoursService hours;

    HoursResource(HoursService hours) {
        this.hours = hours;
    }

    public record StatusView(Availability.State state, boolean acceptsNewChats, Instant closesAt,
            Instant nextOpening, SwedishHolidays.HolidayName holiday, String exceptionReason) {
        static StatusView of(Availability a) {
            return new StatusView(a.state(), a.acceptsNewChats(), a.closesAt().orElse(null),
                    a.nextOpening().orElse(null), a.holiday().orElse(null), a.exceptionReason().orElse(null));
        }
    }

    public record DayView(@NotNull DayOfWeek dayOfWeek, @NotNull LocalTime opens, @NotNull LocalTime closes) {
    }

    public record ExceptionView(LocalDate date, LocalTime opens, LocalTime closes, String reason) {
        static ExceptionView of(HoursException e) {
            return new ExceptionView(e.date(), e.hours().map(DailyHours::opens).orElse(null),
                    e.hours().map(DailyHours::closes).orElse(null), e.reason());
        }
    }

    public record ScheduleView(String zone, long queueClosesMinutesBefore, List<DayView> weekly,
            List<ExceptionView> exceptions) {
    }

    /** Times empty: closed that day; both set: open then instead. */
    public record ExceptionRequest(LocalTime opens, LocalTime closes, @NotBlank @Size(max = 200) String reason) {
    }

    @GET
    @Path("status")
    @PermitAll
    public StatusView status() {
        return StatusView.of(hours.availabilityNow());
    }

    @GET
    @PermitAll
    public ScheduleView schedule() {
        List<DayView> weekly = hours.weekly().entrySet().stream()
                .map(e -> new DayView(e.getKey(), e.getValue().opens(), e.getValue().closes())).toList();
        return new ScheduleView(hours.zone().getId(), hours.queueClosesBefore().toMinutes(), weekly,
                hours.upcomingExceptions().stream().map(ExceptionView::of).toList());
    }

    /** Replaces the weekly schedule; a weekday left out is closed. */
    @PUT
    @Path("weekly")
    @RolesAllowed("admin")
    public ScheduleView replaceWeekly(@NotNull @Size(max = 7) List<@Valid @NotNull DayView> days) {
        Map<DayOfWeek, DailyHours> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayView day : days) {
            if (weekly.put(day.dayOfWeek(), dailyHours(day.opens(), day.closes())) != null) {
                throw new BadRequestException(day.dayOfWeek() + " is given twice");
            }
        }
        hours.replaceWeekly(weekly);
        return schedule();
    }

    @PUT
    @Path("exceptions/{date}")
    @RolesAllowed("admin")
    public ExceptionView setException(@PathParam("date") LocalDate date, @Valid @NotNull ExceptionRequest request) {
        if ((request.opens() == null) != (request.closes() == null)) {
            throw new BadRequestException("Give both opening and closing time, or neither for a closed day");
        }
        Optional<DailyHours> open = request.opens() == null ? Optional.empty()
                : Optional.of(dailyHours(request.opens(), request.closes()));
        HoursException exception = new HoursException(date, open, request.reason().strip());
        hours.setException(exception);
        return ExceptionView.of(exception);
    }

    @DELETE
    @Path("exceptions/{date}")
    @RolesAllowed("admin")
    public void removeException(@PathParam("date") LocalDate date) {
        if (!hours.removeException(date)) {
            throw new NotFoundException("No exception on " + date);
        }
    }

    private static DailyHours dailyHours(LocalTime opens, LocalTime closes) {
        try {
            return new DailyHours(opens, closes);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage() + " (" + opens + "–" + closes + ")");
        }
    }
}
