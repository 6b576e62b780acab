package se.socialkontakt.analytics.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.socialkontakt.analytics.goal.Goal;
import se.socialkontakt.support.audit.Audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The goals' communication plans and their activities, kept by communicators and managers; the activities of every
 * goal in force make the shared annual plan. Each change is audited.
 */
@ApplicationScoped
public class Plans {
    private final Audit audit;
    private final Clock clock;

    Plans(Audit audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    public record Texts(String purpose, String targetGroups, String messages, String channels) {
    }

    public record ActivityDraft(LocalDate startsOn, LocalDate endsOn, String activity, String targetGroup,
            String responsible, Activity.Status status) {
    }

    /** A goal in force with its plan; the texts are empty before anyone wrote them. */
    public record Overview(UUID goalId, String goalName, String responsible, Texts texts) {
    }

    /** An activity in the annual plan, with its goal's name. */
    public record Planned(UUID id, UUID goalId, String goalName, LocalDate startsOn, LocalDate endsOn,
            String activity, String targetGroup, String responsible, Activity.Status status, Instant updatedAt) {
    }

    @Transactional
    public List<Overview> overviews() {
        Map<UUID, GoalPlan> plans = GoalPlan.<GoalPlan>listAll().stream()
                .collect(Collectors.toMap(plan -> plan.goalId, Function.identity()));
        return Goal.active().stream().map(goal -> {
            GoalPlan plan = plans.get(goal.id);
            Texts texts = plan == null ? new Texts("", "", "", "")
                    : new Texts(plan.purpose, plan.targetGroups, plan.messages, plan.channels);
            return new Overview(goal.id, goal.name, goal.responsible, texts);
        }).toList();
    }

    /** The activities of the goals in force that fall in the year, by their first day. */
    public List<Planned> year(int year) {
        return between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The activities of the goals in force with a day from {@code first} to {@code last}, by their first day. */
    @Transactional
    public List<Planned> between(LocalDate first, LocalDate last) {
        Map<UUID, String> goals = Goal.active().stream().collect(Collectors.toMap(goal -> goal.id, goal -> goal.name));
        return Activity.<Activity>list("startsOn <= ?1 and coalesce(endsOn, startsOn) >= ?2 order by startsOn, activity",
                last, first).stream().filter(activity -> goals.containsKey(activity.goalId))
                .map(activity -> new Planned(activity.id, activity.goalId, goals.get(activity.goalId),
                        activity.startsOn, activity.endsOn, activity.activity, activity.targetGroup,
                        activity.responsible, activity.status, activity.updatedAt))
                .toList();
    }

    @Transactional
    public void savePlan(String actor, UUID goalId, Texts texts) {
        activeGoal(goalId);
        GoalPlan plan = GoalPlan.findById(goalId);
        if (plan == null) {
            plan = new GoalPlan();
            plan.goalId = goalId;
        }
        plan.purpose = texts.purpose().strip();
        plan.targetGroups = texts.targetGroups().strip();
        plan.messages = texts.messages().strip();
        plan.channels = texts.channels().strip();
        plan.updatedAt = clock.instant();
        plan.updatedBy = actor;
        plan.persist();
        audit.record(actor, "plan.changed", goalId, null);
    }

    @Transactional
    public UUID addActivity(String actor, UUID goalId, UUID id, ActivityDraft draft) {
        activeGoal(goalId);
        Activity activity = new Activity();
        activity.id = id;
        activity.goalId = goalId;
        apply(activity, draft);
        activity.persist();
        audit.record(actor, "plan.activity.added", id, "goal " + goalId);
        return id;
    }

    @Transactional
    public void changeActivity(String actor, UUID id, ActivityDraft draft) {
        Activity activity = Activity.findById(id);
        if (activity == null) {
            throw new PlanRefusal(PlanRefusal.Reason.NO_SUCH_ACTIVITY, "There is no activity with this id");
        }
        apply(activity, draft);
        audit.record(actor, "plan.activity.changed", id, "status " + draft.status());
    }

    private void apply(Activity activity, ActivityDraft draft) {
        activity.startsOn = draft.startsOn();
        activity.endsOn = draft.endsOn();
        activity.activity = draft.activity().strip();
        activity.targetGroup = draft.targetGroup().strip();
        activity.responsible = draft.responsible().strip();
        activity.status = draft.status();
        activity.updatedAt = clock.instant();
    }

    private static void activeGoal(UUID goalId) {
        Goal goal = Goal.findById(goalId);
        if (goal == null || goal.retiredAt != null) {
            throw new PlanRefusal(PlanRefusal.Reason.NO_SUCH_GOAL, "There is no goal in force with this id");
        }
    }
}
