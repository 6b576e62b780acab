package se.socialkontakt.analytics.kpi;

import se.socialkontakt.analytics.aggregate.Cell;

/**
 * What a view is narrowed to. Channel, category and target group narrow the contact figures (by the case they belong
 * to); unit narrows routed cases and feedback. Empty means all.
 */
public record Filters(String channel, String category, String targetGroup, String unit) {
    public static final Filters NONE = new Filters(null, null, null, null);

    /** Whether a contact case's cell is in the view: a case whose dimensions are unknown is only in "all". */
    boolean caseMatches(Cell cell) {
        return matches(channel, cell.channel()) && matches(category, cell.category())
                && matches(targetGroup, cell.targetGroup());
    }

    boolean unitMatches(String cellUnit) {
        return matches(unit, cellUnit);
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }
}
