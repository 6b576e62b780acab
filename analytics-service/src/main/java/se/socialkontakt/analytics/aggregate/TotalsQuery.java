package se.socialkontakt.analytics.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a reader of a period's totals needs of the cells: only the measures it reads, only the cells its filters let
 * through, and only the dimensions it tells apart. PostgreSQL then finds those cells through the primary key and sums
 * every other dimension away before the rows leave the database.
 *
 * @param measures the measures read; the cells of the others are left out
 * @param narrowings cells of a narrowing's measures count only with its value
 * @param kept per dimension, the measures whose cells keep it apart; for the other measures it is summed over and
 *        read as unknown ("")
 */
public record TotalsQuery(Set<Measure> measures, List<Narrowing> narrowings, Map<Dimension, Set<Measure>> kept) {
    /** Cells of these measures count only when the dimension has this value. */
    public record Narrowing(Dimension dimension, String value, Set<Measure> measures) {
    }

    /** An SQL statement and its parameters in order: dates, strings, integers, and arrays of names or dates. */
    record Sql(String text, List<Object> parameters) {
    }

    public TotalsQuery {
        measures = Set.copyOf(measures);
        narrowings = List.copyOf(narrowings);
        EnumMap<Dimension, Set<Measure>> complete = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            Set<Measure> keptFor = EnumSet.noneOf(Measure.class);
            keptFor.addAll(kept.getOrDefault(dimension, Set.of()));
            complete.put(dimension, keptFor);
        }
        kept = complete;
    }

    /** Every measure keeps these dimensions apart. */
    public static Map<Dimension, Set<Measure>> everywhere(Set<Dimension> dimensions) {
        Map<Dimension, Set<Measure>> kept = new EnumMap<>(Dimension.class);
        dimensions.forEach(dimension -> kept.put(dimension, EnumSet.allOf(Measure.class)));
        return kept;
    }

    /** The cell as this query reads it, or empty when it is left out; what the SQL of {@link #sql} does. */
    public Optional<Cell> read(Cell cell) {
        if (!measures.contains(cell.measure())) {
            return Optional.empty();
        }
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

    /**
     * This query over the parts of a period as one statement: each part's rows (day cells or roll-ups) selected by
     * equality on the primary key's leading columns (generation, level, the parts' starts, the measures and, for
     * narrowed measures, the narrowed dimensions), with the changes of the rolled-up parts' days that wait for
     * {@link RollUp}, each dimension read where it is kept and '' elsewhere, summed per cell. One statement sees one
     * snapshot, so a roll-up and its waiting changes are read as the same moment left them.
     */
    Sql sql(int generation, List<Level.Part> parts) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT measure");
        for (Dimension dimension : Dimension.values()) {
            Set<Measure> keptFor = kept.get(dimension);
            if (keptFor.size() == Measure.values().length) {
                sql.append(", ").append(dimension.column());
            } else if (keptFor.isEmpty()) {
                sql.append(", ''");
            } else {
                sql.append(", CASE WHEN measure = ANY (?::text[]) THEN ").append(dimension.column())
                        .append(" ELSE '' END");
                parameters.add(names(keptFor));
            }
        }
        sql.append(", item, bucket, sum(n) FROM (");
        for (Level.Part part : parts) {
            if (part != parts.get(0)) {
                sql.append(" UNION ALL ");
            }
            sql.append("SELECT ").append(AggregateStore.CELLS).append(", n FROM ");
            parameters.add(generation);
            if (part.level() == Level.DAY) {
                sql.append("aggregate WHERE generation = ? AND day = ANY (?::date[])");
            } else {
                sql.append("aggregate_rollup WHERE generation = ? AND level = ? AND start = ANY (?::date[])");
                parameters.add(part.level().name());
            }
            parameters.add(starts(part));
            selection(sql, parameters);
        }
        List<Level.Part> rolledUp = parts.stream().filter(part -> part.level() != Level.DAY).toList();
        if (!rolledUp.isEmpty()) {
            // The changes of these parts' days that RollUp has not yet added to their roll-ups.
            sql.append(" UNION ALL SELECT ").append(AggregateStore.CELLS)
                    .append(", n FROM aggregate_change WHERE generation = ? AND (");
            parameters.add(generation);
            for (Level.Part part : rolledUp) {
                sql.append(part == rolledUp.get(0) ? "" : " OR ").append("day >= ? AND day < ?");
                parameters.add(part.from());
                parameters.add(part.until());
            }
            sql.append(")");
            selection(sql, parameters);
        }
        sql.append(") cell GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(n) <> 0");
        return new Sql(sql.toString(), parameters);
    }

    /** The measures read, grouped by the narrowings that apply to them: one index range per group and start. */
    private void selection(StringBuilder sql, List<Object> parameters) {
        Map<List<Narrowing>, Set<Measure>> groups = new LinkedHashMap<>();
        for (Measure measure : Measure.values()) {
            if (measures.contains(measure)) {
                List<Narrowing> applying = narrowings.stream().filter(n -> n.measures().contains(measure)).toList();
                groups.computeIfAbsent(applying, a -> EnumSet.noneOf(Measure.class)).add(measure);
            }
        }
        sql.append(" AND (");
        boolean first = true;
        for (Map.Entry<List<Narrowing>, Set<Measure>> group : groups.entrySet()) {
            sql.append(first ? "" : " OR ").append("(measure = ANY (?::text[])");
            parameters.add(names(group.getValue()));
            for (Narrowing narrowing : group.getKey()) {
                sql.append(" AND ").append(narrowing.dimension().column()).append(" = ?");
                parameters.add(narrowing.value());
            }
            sql.append(")");
            first = false;
        }
        sql.append(first ? "false)" : ")");
    }

    private static LocalDate[] starts(Level.Part part) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = part.from(); start.isBefore(part.until()); start = part.level().next(start)) {
            starts.add(start);
        }
        return starts.toArray(LocalDate[]::new);
    }

    private static String[] names(Set<Measure> measures) {
        return measures.stream().map(Measure::name).toArray(String[]::new);
    }
}
