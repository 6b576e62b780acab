package se.socialkontakt.analytics.demo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.socialkontakt.analytics.goal.Goal;
import se.socialkontakt.analytics.plan.Activity;
import se.socialkontakt.analytics.plan.Plans;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's three goals (the chat's, fewer complaints going down, the housing e-service's digital share going up)
 * each have a plan and activities spread over the demo year; a second load changes nothing.
 */
@QuarkusTest
class DemoGoalsTest {
    @Inject
    DemoGoals demo;

    @Inject
    Plans plans;

    @Test
    void threeGoalsWithPlansAndActivitiesOverTheYearOnce() {
        LocalDate today = LocalDate.of(2026, 12, 5);
        demo.load(today);
        demo.load(today);

        Goal complaints = Goal.findById(DemoGoals.COMPLAINTS);
        assertThat(complaints.direction).isEqualTo(Goal.Direction.DOWN);
        assertThat(complaints.metric).isEqualTo("feedback.kind.COMPLAINT");
        assertThat(((Goal) Goal.findById(DemoGoals.DIGITAL_HOUSING)).direction).isEqualTo(Goal.Direction.UP);

        List<Plans.Overview> overviews = plans.overviews().stream()
                .filter(plan -> Stream.of(DemoGoals.CHAT, DemoGoals.COMPLAINTS, DemoGoals.DIGITAL_HOUSING)
                        .anyMatch(plan.goalId()::equals))
                .toList();
        assertThat(overviews).hasSize(3).allSatisfy(plan -> {
            assertThat(plan.texts().purpose()).isNotBlank();
            assertThat(plan.responsible()).doesNotContainPattern("[A-ZÅÄÖ][a-zåäö]+ [A-ZÅÄÖ][a-zåäö]+son");
        });

        List<Plans.Planned> year = plans.between(today.minusDays(364), today.plusDays(60)).stream()
                .filter(activity -> overviews.stream().anyMatch(plan -> plan.goalId().equals(activity.goalId())))
                .toList();
        assertThat(year).hasSize(14);
        assertThat(year.stream().map(activity -> activity.startsOn().withDayOfMonth(1)).distinct().count())
                .as("months with an activity").isGreaterThanOrEqualTo(10);
        assertThat(year).extracting(Plans.Planned::status).contains(Activity.Status.DONE, Activity.Status.PLANNED,
                Activity.Status.CANCELLED);
        assertThat(year).filteredOn(activity -> activity.startsOn().isAfter(today))
                .allMatch(activity -> activity.status() == Activity.Status.PLANNED);
    }
}
