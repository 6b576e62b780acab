package se.socialkontakt.analytics.kpi;

/**
 * One figure: its value in the period and the same period a year earlier, and how many events each was computed
 * from. A figure from fewer than {@link #SMALL} events is suppressed: no value, only "fewer than 5 events", so nobody
 * can be singled out in a small breakdown. A share in a breakdown counts as computed from its value's events, not
 * from all: with the total shown, the share would give the suppressed count away. {@code filtersApply} is false
 * when the view is narrowed by a dimension this figure does not have (a unit, for the contacts opened): it then
 * shows all, and says so.
 */
public record Figure(String key, Double value, Long basis, boolean suppressed, Double previousYear,
        Long previousBasis, boolean previousSuppressed, boolean filtersApply) {

    public static final int SMALL = 5;

    /** A raw computation before suppression. */
    public record Raw(String key, double value, long basis) {
    }

    public static Figure of(String key, Raw now, Raw yearEarlier) {
        return of(key, now, yearEarlier, true);
    }

    public static Figure of(String key, Raw now, Raw yearEarlier, boolean filtersApply) {
        boolean hidden = now == null || now.basis() < SMALL;
        boolean previousHidden = yearEarlier == null || yearEarlier.basis() < SMALL;
        // A suppressed figure shows neither its value nor how few events it came from.
        return new Figure(key, hidden ? null : round(now.value()), hidden ? null : now.basis(), hidden,
                previousHidden ? null : round(yearEarlier.value()), previousHidden ? null : yearEarlier.basis(),
                previousHidden, filtersApply);
    }

    private static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
