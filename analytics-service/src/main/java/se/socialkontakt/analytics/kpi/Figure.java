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
        return new Figure(key, shown(now), shownBasis(now), suppressed(now), shown(yearEarlier),
                shownBasis(yearEarlier), suppressed(yearEarlier), filtersApply);
    }

    /** Whether a computation is left unshown: there is none, or it came from fewer than {@link #SMALL} events. */
    public static boolean suppressed(Raw raw) {
        return raw == null || raw.basis() < SMALL;
    }

    /** The value as shown, rounded to hundredths; null when suppressed. */
    public static Double shown(Raw raw) {
        return suppressed(raw) ? null : round(raw.value());
    }

    /** How many events the value came from; null when suppressed, which shows neither the value nor how few. */
    public static Long shownBasis(Raw raw) {
        return suppressed(raw) ? null : raw.basis();
    }

    private static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
