package se.socialkontakt.housing.assessor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.socialkontakt.documents.CsvTable;
import se.socialkontakt.events.HousingApplicationStatus;
import se.socialkontakt.events.HousingDecisionMade.Outcome;
import se.socialkontakt.housing.application.Application;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Applications that need attention: those getting old without a decision (after six months the applicant may demand
 * one, förvaltningslagen 12 §; flagged from five), and granted decisions not carried out within three months (the
 * quarterly report to IVO). As JSON for the console and CSV for the report.
 */
@Path("/api/assessor/flags")
@RolesAllowed("assessor")
public class FlagsResource {
    private static final Period GETTING_OLD = Period.ofMonths(5);
    private static final Period NOT_CARRIED_OUT = Period.ofMonths(3);

    public enum Flag {
        GETTING_OLD, DECISION_NOT_CARRIED_OUT
    }

    public record Flagged(Flag flag, UUID id, String reference, HousingApplicationStatus status, Instant submittedAt,
            Instant decidedAt, String assessor) {
    }

    private final Clock clock;
    private final ZoneId zone;

    FlagsResource(Clock clock, @ConfigProperty(name = "socialkontakt.housing.zone") ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Flagged> flagged() {
        Instant now = clock.instant();
        // Months counted in the municipality's calendar, as the follow-up's IVO figure counts them.
        Instant oldBefore = now.atZone(zone).minus(GETTING_OLD).toInstant();
        Instant decidedBefore = now.atZone(zone).minus(NOT_CARRIED_OUT).toInstant();
        Stream<Flagged> old = Application.<Application>list("decidedAt is null and submittedAt < ?1 and status not in ?2"
                        + " order by submittedAt", oldBefore,
                        List.of(HousingApplicationStatus.DRAFT, HousingApplicationStatus.CLOSED)).stream()
                .map(a -> flagged(Flag.GETTING_OLD, a));
        Stream<Flagged> notCarriedOut = Application.<Application>list("decisionOutcome in ?1 and decidedAt < ?2"
                        + " and movedInAt is null and closedAt is null order by decidedAt",
                        List.of(Outcome.GRANTED, Outcome.PARTLY_GRANTED), decidedBefore).stream()
                .map(a -> flagged(Flag.DECISION_NOT_CARRIED_OUT, a));
        return Stream.concat(old, notCarriedOut).toList();
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv; charset=utf-8")
    public Response csv() {
        String csv = CsvTable.write(List.of("flag", "reference", "status", "submitted_at", "decided_at", "assessor"),
                flagged().stream().map(f -> Arrays.asList(f.flag(), f.reference(), f.status(), f.submittedAt(),
                        f.decidedAt(), f.assessor())).toList());
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"flaggade-ansokningar.csv\"")
                .build();
    }

    private static Flagged flagged(Flag flag, Application a) {
        return new Flagged(flag, a.id, a.reference, a.status, a.submittedAt, a.decidedAt, a.assessor);
    }
}
