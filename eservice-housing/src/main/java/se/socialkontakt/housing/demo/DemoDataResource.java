package se.socialkontakt.housing.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.socialkontakt.housing.application.ApplicationService;
import se.socialkontakt.outbox.Outbox;
import se.socialkontakt.support.demo.DemoLoad;
import se.socialkontakt.support.calendar.WorkingTime;
import se.socialkontakt.support.idempotency.IdempotentCreates;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;

/**
 * Lives through a year of applications for the demo (see {@link DemoYear}), only where
 * {@code socialkontakt.housing.demo.enabled} is set (the run command sets it), never in production. Their events go
 * out through the outbox like any others, so the dashboard's housing figures are these applications.
 */
@Path("/api/admin/demo-data")
@RolesAllowed("admin")
public class DemoDataResource {
    private static final long SEED = 20131;

    private final boolean enabled;
    private final URI source;
    private final ZoneId zone;
    private final WorkingTime workingTime;
    private final IdempotentCreates creates;
    private final EntityManager entityManager;
    private final Clock clock;

    DemoDataResource(@ConfigProperty(name = "socialkontakt.housing.demo.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "socialkontakt.events.source") URI source,
            @ConfigProperty(name = "socialkontakt.housing.zone") ZoneId zone, WorkingTime workingTime,
            IdempotentCreates creates, EntityManager entityManager, Clock clock) {
        this.enabled = enabled;
        this.source = source;
        this.zone = zone;
        this.workingTime = workingTime;
        this.creates = creates;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public record Loaded(int applications) {
    }

    /**
     * Loads the year once per installation: a second call answers 409 and changes nothing. The mark is taken first and
     * each application lives in a transaction of its own, so a failure part-way keeps what was made and never lets a
     * second year be added.
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Loaded loadYear() {
        if (!enabled) {
            throw DemoLoad.switchedOff();
        }
        if (!markLoaded()) {
            throw DemoLoad.alreadyLoaded();
        }
        DemoYear.MovingClock year = new DemoYear.MovingClock();
        ApplicationService applications = new ApplicationService(new Outbox(source, year), creates,
                workingTime, entityManager, year, zone);
        int started = new DemoYear(SEED, zone, workingTime, year, applications, clock.instant())
                .live(QuarkusTransaction.requiringNew()::run);
        return new Loaded(started);
    }

    private boolean markLoaded() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "INSERT INTO demo_load (id, loaded_at) VALUES (1, now()) ON CONFLICT (id) DO NOTHING")
                .executeUpdate() == 1);
    }
}
