package se.socialkontakt.analytics.aggregate;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a reader of a period's totals needs of the cells: only the cells its filters let through, and only the
 * dimensions it tells apart. PostgreSQL then sums every other dimension away before the rows leave the database: a
 * year's first-response histogram is some 30,000 cells per channel, category and target group, but a few hundred
 * buckets once summed over them.
 *
 * @param narrowings cells of a narrowing's measures count only with its value
 * @param kept per dimension, the measures whose cells keep it apart; for the other measures it is summed over and
 *        read as unknown ("")
 */
public record TotalsQuery(List<Narrowing> narrowings, Map<Dimension, Set<Measure>> kept) {
    /** Every cell with every dimension, as stored. */
    public static final TotalsQuery EVERYTHING = new TotalsQuery(List.of(), everywhere(EnumSet.allOf(Dimension.class)));

    /** Cells of these measures count only when the dimension has this value. */
    public record Narrowing(Dimension dimension, String value, Set<Measure> measures) {
    }

    public TotalsQuery {
        narrowings = List.copyOf(narrowings);
        EnumMap<Dimension, Set<Measure>> complete = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            Set<Measure> measures = EnumSet.noneOf(Measure.class);
            measures.addAll(kept.getOrDefault(dimension, Set.of()));
            complete.put(dimension, measures);
        }
        kept = complete;
    }

    /** Every measure keeps these dimensions apart. */
    public static Map<Dimension, Set<Measure>> everywhere(Set<Dimension> dimensions) {
        Map<Dimension, Set<Measure>> kept = new EnumMap<>(Dimension.class);
        dimensions.forEach(dimension -> kept.put(dimension, EnumSet.allOf(Measure.class)));
        return kept;
    }

    /** The cell as this query reads it, or empty when a narrowing leaves it out; what the SQL of the store does. */
    public Optional<Cell> read(Cell cell) {
        for (Narrowing narrowing : narrowings) {
            if (narrowing.measures().contains(cell.measure())
                    && !narrowing.value().equals(narrowing.dimension().of(cell))) {
                return Optional.empty();
            }
        }
        Cell read = cell;
        for (Dimension dimension : Dimension.values()) {
            if (!kept.get(dimension).contains(cell.measure())) {
                read = dimension.without(read);
            }
        }
        return Optional.of(read);
    }
}
