package se.socialkontakt.analytics.goal;

import jakarta.enterprise.context.ApplicationScoped;
import se.socialkontakt.analytics.kpi.Figure;
import se.socialkontakt.analytics.kpi.FigureService;
import se.socialkontakt.analytics.kpi.Filters;
import se.socialkontakt.analytics.kpi.Period;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Where each goal in force stands this year. The year's aim lies on the straight line from the baseline to the
 * target, year by year. A count builds up over the year, so the line today is the year's aim times the part of the
 * year gone; a share, median or rate is a level, and its line today is the year's aim itself. A goal is on track
 * when its figure is at or beyond the line in the goal's direction: above it for UP, below it for DOWN.
 */
@ApplicationScoped
public class GoalProgress {
    private final FigureService figures;
    private final Clock clock;

    GoalProgress(FigureService figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    /** {@code yearToDate} and {@code onTrack} are null when the figure is suppressed (fewer than five events). */
    public record Progress(UUID id, String name, String metric, Goal.Direction direction, String responsible,
            int baselineYear, BigDecimal baselineValue, int targetYear, BigDecimal targetValue, Double yearToDate,
            boolean suppressed, double targetLineToDate, Boolean onTrack) {
    }

    public List<Progress> progress() {
        LocalDate today = LocalDate.now(clock.withZone(figures.zone()));
        List<Figure> thisYear = figures.figures(Period.of(Period.Kind.YEAR, today), Filters.NONE);
        return Goal.active().stream().map(goal -> {
            Figure figure = thisYear.stream().filter(f -> f.key().equals(goal.metric)).findFirst().orElse(null);
            boolean suppressed = figure == null || figure.suppressed();
            double line = lineToDate(goal, today);
            Double soFar = suppressed ? null : figure.value();
            return new Progress(goal.id, goal.name, goal.metric, goal.direction, goal.responsible, goal.baselineYear,
                    goal.baselineValue, goal.targetYear, goal.targetValue, soFar, suppressed, line,
                    soFar == null ? null : onTrack(goal.direction, soFar, line));
        }).toList();
    }

    static double lineToDate(Goal goal, LocalDate today) {
        double baseline = goal.baselineValue.doubleValue();
        double target = goal.targetValue.doubleValue();
        int years = goal.targetYear - goal.baselineYear;
        double yearsGone = Math.clamp(today.getYear() - goal.baselineYear, 0, years);
        double thisYearsAim = years == 0 ? target : baseline + (target - baseline) * yearsGone / years;
        double line = accumulates(goal.metric) ? thisYearsAim * today.getDayOfYear() / today.lengthOfYear()
                : thisYearsAim;
        return Math.round(line * 100.0) / 100.0;
    }

    static boolean onTrack(Goal.Direction direction, double value, double line) {
        return direction == Goal.Direction.UP ? value >= line : value <= line;
    }

    /** Counts build up over a year; shares, medians, percentiles and rates per views do not. */
    static boolean accumulates(String metric) {
        return !(metric.endsWith(".share") || metric.endsWith(".median") || metric.endsWith(".p90")
                || metric.endsWith("Per1000Views"));
    }
}
