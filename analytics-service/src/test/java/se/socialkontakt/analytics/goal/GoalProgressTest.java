package se.socialkontakt.analytics.goal;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The line to the target respects what the figure is (a count or a level) and which way the goal points. */
class GoalProgressTest {

    private static Goal goal(String metric, Goal.Direction direction, int baseline, int target) {
        Goal goal = new Goal();
        goal.metric = metric;
        goal.direction = direction;
        goal.baselineYear = 2024;
        goal.baselineValue = BigDecimal.valueOf(baseline);
        goal.targetYear = 2026;
        goal.targetValue = BigDecimal.valueOf(target);
        return goal;
    }

    @Test
    void aCountBuildsUpOverTheYearTowardsThisYearsAim() {
        // Halfway from 120 (2024) to 80 (2026) in 2025: 100 in the year, 183 days of 365 by 2 July.
        Goal complaints = goal("feedback.kind.COMPLAINT", Goal.Direction.DOWN, 120, 80);
        assertThat(GoalProgress.lineToDate(complaints, LocalDate.of(2025, 7, 2))).isEqualTo(50.14);
        assertThat(GoalProgress.lineToDate(complaints, LocalDate.of(2025, 12, 31))).isEqualTo(100.0);
        assertThat(GoalProgress.lineToDate(complaints, LocalDate.of(2026, 12, 31))).isEqualTo(80.0);
        assertThat(GoalProgress.lineToDate(complaints, LocalDate.of(2030, 12, 31))).isEqualTo(80.0);
    }

    @Test
    void aShareIsALevelNotACount() {
        Goal digital = goal("housing.digitalShare.share", Goal.Direction.UP, 40, 80);
        assertThat(GoalProgress.lineToDate(digital, LocalDate.of(2025, 1, 10))).isEqualTo(60.0);
        assertThat(GoalProgress.accumulates("chat.wait.seconds.median")).isFalse();
        assertThat(GoalProgress.accumulates("chat.answered")).isTrue();
    }

    @Test
    void onTrackMeansBeyondTheLineInTheGoalsDirection() {
        assertThat(GoalProgress.onTrack(Goal.Direction.UP, 61, 60)).isTrue();
        assertThat(GoalProgress.onTrack(Goal.Direction.UP, 59, 60)).isFalse();
        assertThat(GoalProgress.onTrack(Goal.Direction.DOWN, 59, 60)).isTrue();
        assertThat(GoalProgress.onTrack(Goal.Direction.DOWN, 61, 60)).isFalse();
    }
}
