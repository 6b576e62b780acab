package se.socialkontakt.analytics.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.socialkontakt.analytics.aggregate.AggregateStore;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** What management sees of the stored events: counts per type and day, and the events about one aggregate. */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"manager", "admin"})
public class EventCountResource {
    private static final int MAX_DAYS = 366;

    private final EventStore store;
    private final AggregateStore aggregates;
    private final ZoneId zone;
    private final Clock clock;

    EventCountResource(EventStore store, AggregateStore aggregates,
            @ConfigProperty(name = "socialkontakt.analytics.zone") ZoneId zone, Clock clock) {
        this.store = store;
        this.aggregates = aggregates;
        this.zone = zone;
        this.clock = clock;
    }

    /** Counts per type and day; without dates, today in the municipality's time zone. */
    @GET
    @Path("counts")
    public List<AggregateStore.TypeCount> counts(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate start = parse("from", from, today);
        LocalDate end = parse("to", to, start.isAfter(today) ? start : today);
        if (end.isBefore(start)) {
            throw new BadRequestException("'to' (" + end + ") is before 'from' (" + start + ")");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw new BadRequestException("At most " + MAX_DAYS + " days per request");
        }
        return aggregates.eventsPerTypeAndDay(start, end.plusDays(1));
    }

    @GET
    @Path("about/{subject}")
    public List<EventStore.EventSummary> about(@PathParam("subject") UUID subject) {
        return store.aboutSubject(subject.toString());
    }

    private static LocalDate parse(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("'" + name + "' must be a date like 2026-11-23, not '" + value + "'");
        }
    }
}
