package se.socialkontakt.analytics.evaluation;

import se.socialkontakt.analytics.aggregate.Cell;
import se.socialkontakt.analytics.kpi.Figure;
import se.socialkontakt.analytics.kpi.FigureReader;
import se.socialkontakt.analytics.kpi.Filters;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One of a service's figures in the six months before its launch and in those after, each computed the dashboard's
 * way from its window's aggregate cells and suppressed the dashboard's way (below five events, neither value nor
 * count).
 */
public record Comparison(String key, Side before, Side after) {

    /** A figure in one window; a suppressed one has neither value nor basis. */
    public record Side(Double value, Long basis, boolean suppressed) {
        static Side of(Figure.Raw raw) {
            return new Side(Figure.shown(raw), Figure.shownBasis(raw), Figure.suppressed(raw));
        }
    }

    /** The service's figures from each window's cells summed over its days. Pure. */
    public static List<Comparison> of(PilotService service, Map<Cell, Long> before, Map<Cell, Long> after) {
        Map<String, Figure.Raw> then = byKey(before);
        Map<String, Figure.Raw> now = byKey(after);
        return service.figureKeys().stream()
                .map(key -> new Comparison(key, Side.of(then.get(key)), Side.of(now.get(key)))).toList();
    }

    private static Map<String, Figure.Raw> byKey(Map<Cell, Long> totals) {
        return FigureReader.compute(totals, Filters.NONE).stream()
                .collect(Collectors.toMap(Figure.Raw::key, Function.identity()));
    }
}
