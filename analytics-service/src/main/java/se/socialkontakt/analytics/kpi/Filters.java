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

    /**
     * Whether every dimension this view is narrowed by applies to the figure: the contact case's dimensions to the
     * contact figures and the contacts per FAQ view, the unit to routings, resolutions, broken promises and feedback;
     * nothing to the chat, housing and FAQ figures, which carry none of them.
     */
    public boolean applyTo(String key) {
        boolean caseFigure = key.startsWith("contacts.") || key.equals("faq.contactsPer1000Views");
        boolean unitFigure = key.startsWith("contacts.resolved") || key.startsWith("contacts.routed")
                || key.startsWith("contacts.slaBreaches") || key.startsWith("feedback.");
        return (caseFigure || channel == null && category == null && targetGroup == null) && (unitFigure || unit == null);
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }
}
