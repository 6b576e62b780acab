package se.socialkontakt.analytics.trend;

/** A figure asked for over time that has no weekly meaning here; the resource says so in problem+json. */
public class UnknownTrendFigure extends RuntimeException {
    UnknownTrendFigure(String figure) {
        super("No weekly series of " + figure + "; one of " + Trends.FIGURES);
    }
}
