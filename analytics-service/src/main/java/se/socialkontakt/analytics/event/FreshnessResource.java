package se.socialkontakt.analytics.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;

/** How fresh the figures are: when the newest event was stored, and whether records still wait in the topics. */
@Path("/api/freshness")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "manager", "admin" })
public class FreshnessResource {
    private final EventStore events;
    private final IngestProgress progress;

    FreshnessResource(EventStore events, IngestProgress progress) {
        this.events = events;
        this.progress = progress;
    }

    /** {@code storedUpTo} is null while nothing is stored. */
    public record Freshness(Instant storedUpTo, long waitingRecords, boolean behind) {
    }

    @GET
    @Transactional
    public Freshness freshness() {
        Instant newest = events.newestReceived();
        return new Freshness(Instant.EPOCH.equals(newest) ? null : newest, progress.lag(), progress.behind());
    }
}
