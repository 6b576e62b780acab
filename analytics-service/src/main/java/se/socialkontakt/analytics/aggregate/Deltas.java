package se.socialkontakt.analytics.aggregate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** Changes to the aggregate cells, summed per day and cell before they are written. */
public final class Deltas {
    /** A cell of one day. */
    public record DayCell(LocalDate day, Cell cell) {
    }

    private final Map<DayCell, Long> changes = new HashMap<>();

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
