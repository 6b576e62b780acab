package se.socialkontakt.analytics.aggregate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/** Changes to the aggregate cells, summed per day and cell before they are written. */
public final class Deltas {
    /** A cell of one day. */
    public record DayCell(LocalDate day, Cell cell) {
    }

    // Sorted, so that every writer touches the rows in one order.
    private final Map<DayCell, Long> changes = new TreeMap<>(Comparator
            .comparing(DayCell::day)
            .thenComparing(d -> d.cell().measure())
            .thenComparing(d -> d.cell().channel())
            .thenComparing(d -> d.cell().category())
            .thenComparing(d -> d.cell().targetGroup())
            .thenComparing(d -> d.cell().unit())
            .thenComparing(d -> d.cell().item())
            .thenComparingInt(d -> d.cell().bucket()));

    public void add(LocalDate day, Cell cell, long n) {
        changes.merge(new DayCell(day, cell), n, Long::sum);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public int size() {
        return changes.size();
    }

    /** Every change that is not zero (a move back and forth in one batch cancels out). */
    public void forEach(BiConsumer<DayCell, Long> action) {
        changes.forEach((cell, n) -> {
            if (n != 0) {
                action.accept(cell, n);
            }
        });
    }
}
