package se.socialkontakt.analytics.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The figures of a period with the same period a year earlier, suppressed below five events. */
@ApplicationScoped
public class FigureService {
    private final FactLoader loader;
    private final ZoneId zone;

    FigureService(FactLoader loader, @ConfigProperty(name = "socialkontakt.analytics.zone") ZoneId zone) {
        this.loader = loader;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    @Transactional
    public List<Figure> figures(Period period, Filters filters) {
        Map<String, Figure.Raw> now = raw(period, filters);
        Map<String, Figure.Raw> before = raw(period.yearEarlier(), filters);
        TreeSet<String> keys = new TreeSet<>(now.keySet());
        keys.addAll(before.keySet());
        List<Figure> figures = new ArrayList<>();
        keys.forEach(key -> figures.add(Figure.of(key, now.get(key), before.get(key))));
        return figures;
    }

    private Map<String, Figure.Raw> raw(Period period, Filters filters) {
        List<Figure.Raw> computed = new ArrayList<>(FigureCalculator.compute(loader.facts(period, zone),
                loader.viewsPerArticle(period, zone), filters));
        long unknown = loader.unknown(period, zone);
        computed.add(new Figure.Raw("events.unknownTypes", unknown, unknown));
        long notCarriedOut = loader.decisionsNotCarriedOut(period, zone);
        computed.add(new Figure.Raw("housing.decisionsNotCarriedOutWithin3Months", notCarriedOut, notCarriedOut));
        return computed.stream().collect(Collectors.toMap(Figure.Raw::key, Function.identity(), (a, b) -> a,
                TreeMap::new));
    }
}
