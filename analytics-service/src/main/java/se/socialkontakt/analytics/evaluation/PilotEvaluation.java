package se.socialkontakt.analytics.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import se.socialkontakt.analytics.aggregate.AggregateStore;
import se.socialkontakt.analytics.kpi.FigureReader;
import se.socialkontakt.analytics.kpi.Filters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A service's launch evaluated: its figures in the six months before against the six months from it, read from the
 * serving generation's aggregates (two reads of whole months and edge days, whatever the number of events).
 */
@ApplicationScoped
public class PilotEvaluation {
    private final AggregateStore aggregates;
    private final Clock clock;

    PilotEvaluation(AggregateStore aggregates, Clock clock) {
        this.aggregates = aggregates;
        this.clock = clock;
    }

    public record Evaluation(PilotService service, PilotWindows windows, List<Comparison> figures) {
    }

    /** The evaluation of a launch given as the form sends it: the service's code and an ISO date. */
    public Evaluation evaluate(String serviceCode, String launch) {
        PilotService service = PilotService.of(serviceCode);
        PilotWindows windows = PilotWindows.around(PilotWindows.launchDate(launch),
                LocalDate.now(clock.withZone(aggregates.zone())));
        // Both windows from one generation, so that a rebuild switched in between cannot mix two countings.
        int generation = aggregates.servingGeneration();
        return new Evaluation(service, windows, Comparison.of(service,
                aggregates.totals(generation, windows.before().start(), windows.before().endExclusive(),
                        FigureReader.query(Filters.NONE)),
                aggregates.totals(generation, windows.after().start(), windows.after().endExclusive(),
                        FigureReader.query(Filters.NONE))));
    }
}
