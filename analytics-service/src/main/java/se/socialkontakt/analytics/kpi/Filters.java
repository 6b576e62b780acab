package se.socialkontakt.analytics.kpi;

/**
 * What a view is narrowed to. Channel, category and target group narrow the contact figures (by the case they belong
 * to); unit narrows routed cases and feedback. Empty means all.
 */
public record Filters(String channel, String category, String targetGroup, String unit) {
    public static final Filters NONE = new Filters(null, null, null, null);

    boolean contactCaseMatches(Fact fact) {
        return matches(channel, fact.caseDimension("channel")) && matches(category, fact.caseDimension("category"))
                && matches(targetGroup, fact.caseDimension("targetGroup"));
    }

    boolean unitMatches(String factUnit) {
        return matches(unit, factUnit);
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }
}
