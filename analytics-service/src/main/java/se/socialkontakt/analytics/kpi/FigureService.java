package se.socialkontakt.analytics.kpi;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import se.socialkontakt.analytics.aggregate.AggregateStore;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figures of a period with the same period a year earlier, suppressed below five events, read from the serving
 * generation of aggregates (whole years and months from their roll-ups, the edge days from the day cells, each
 * dimension the view does not use summed away in the database): a year costs about as much as a day.
 */
@ApplicationScoped
public class FigureService {
    private final AggregateStore aggregates;
    private final DecisionFollowUp decisions;

    FigureService(AggregateStore aggregates, DecisionFollowUp decisions) {
        this.aggregates = aggregates;
        this.decisions = decisions;
    }

    public ZoneId zone() {
        return aggregates.zone();
    }

    /**
     * The figures as of the newest event stored. No transaction: every read is one statement on a plain connection, and
     * the figures cached under a version may only be newer than it, which the next version's key corrects.
     */
    public List<Figure> figures(Period period, Filters filters) {
        AggregateStore.Version version = aggregates.version();
        return figures(period, filters, version.generation(), version.newestSeq());
    }

    /**
     * Cached per period, filters, serving generation and newest event stored: the dashboard asks for a view's figures
     * and for the goals' year at every change, and a second manager asks for the same view again, but a new event
     * anywhere (a late one for an old period too) or a rebuilt generation makes a new key. The newest event is its
     * storage number, which rises in commit order (a receipt stamp need not: a batch that committed after a
     * later-stamped one kept the stale figures until the cache expired).
     */
    @CacheResult(cacheName = "figures")
    List<Figure> figures(Period period, Filters filters, int generation, long newestSeq) {
        Map<String, Figure.Raw> now = raw(period, filters, generation);
        Map<String, Figure.Raw> before = raw(period.yearEarlier(), filters, generation);
        TreeSet<String> keys = new TreeSet<>(now.keySet());
        keys.addAll(before.keySet());
        List<Figure> figures = new ArrayList<>();
        keys.forEach(key -> figures.add(Figure.of(key, now.get(key), before.get(key), filters.applyTo(key))));
        // Shared by every caller of the cache.
        return List.copyOf(figures);
    }

    private Map<String, Figure.Raw> raw(Period period, Filters filters, int generation) {
        List<Figure.Raw> computed = new ArrayList<>(FigureReader.compute(
                aggregates.totals(generation, period.start(), period.endExclusive(), FigureReader.query(filters)),
                filters));
        long notCarriedOut = decisions.notCarriedOutWithin3Months(period, zone());
        computed.add(new Figure.Raw("housing.decisionsNotCarriedOutWithin3Months", notCarriedOut, notCarriedOut));
        return computed.stream().collect(Collectors.toMap(Figure.Raw::key, Function.identity(), (a, b) -> a,
                TreeMap::new));
    }
}
