package se.socialkontakt.analytics.goal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.socialkontakt.support.audit.Audit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Creates, changes and retires goals. Every act writes the goal's history (each field before and after) and the
 * audit log, in the same transaction: no change without its record.
 */
@ApplicationScoped
public class Goals {
    private final GoalMetrics metrics;
    private final Audit audit;
    private final Clock clock;

    Goals(GoalMetrics metrics, Audit audit, Clock clock) {
        this.metrics = metrics;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a manager sets for a goal. */
    public record Draft(String name, String metric, Goal.Direction direction, int baselineYear,
            BigDecimal baselineValue, BigDecimal targetValue, int targetYear, String responsible) {
    }

    @Transactional
    public Goal create(String actor, UUID id, Draft draft) {
        requireKnownMetric(draft.metric());
        Goal goal = new Goal();
        goal.id = id;
        goal.createdAt = clock.instant();
        apply(goal, draft);
        goal.persist();
        record(actor, goal, GoalChange.Action.CREATED, differences(Map.of(), fieldsOf(goal)));
        return goal;
    }

    @Transactional
    public void change(String actor, UUID id, Draft draft) {
        Goal goal = activeGoal(id);
        requireKnownMetric(draft.metric());
        Map<String, String> before = fieldsOf(goal);
        apply(goal, draft);
        List<GoalChange.Field> changed = differences(before, fieldsOf(goal));
        if (!changed.isEmpty()) {
            record(actor, goal, GoalChange.Action.CHANGED, changed);
        }
    }

    @Transactional
    public void retire(String actor, UUID id) {
        Goal goal = activeGoal(id);
        Instant now = clock.instant();
        goal.retiredAt = now;
        record(actor, goal, GoalChange.Action.RETIRED,
                List.of(new GoalChange.Field("retiredAt", null, now.toString())));
    }

    private Goal activeGoal(UUID id) {
        Goal goal = Goal.findById(id);
        if (goal == null) {
            throw new GoalRefusal(GoalRefusal.Reason.NO_SUCH_GOAL, "There is no goal with this id");
        }
        if (goal.retiredAt != null) {
            throw new GoalRefusal(GoalRefusal.Reason.RETIRED, "A retired goal is kept as it was");
        }
        return goal;
    }

    private void requireKnownMetric(String metric) {
        if (!metrics.knows(metric)) {
            throw new GoalRefusal(GoalRefusal.Reason.UNKNOWN_METRIC, "No figure has the key " + metric);
        }
    }

    private static void apply(Goal goal, Draft draft) {
        goal.name = draft.name().strip();
        goal.metric = draft.metric();
        goal.direction = draft.direction();
        goal.baselineYear = draft.baselineYear();
        goal.baselineValue = draft.baselineValue();
        goal.targetValue = draft.targetValue();
        goal.targetYear = draft.targetYear();
        goal.responsible = draft.responsible().strip();
    }

    /** The fields a manager sets, as text: 60 and 60.00 are the same value and no change. */
    private static Map<String, String> fieldsOf(Goal goal) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", goal.name);
        fields.put("metric", goal.metric);
        fields.put("direction", goal.direction.name());
        fields.put("baselineYear", Integer.toString(goal.baselineYear));
        fields.put("baselineValue", goal.baselineValue.stripTrailingZeros().toPlainString());
        fields.put("targetValue", goal.targetValue.stripTrailingZeros().toPlainString());
        fields.put("targetYear", Integer.toString(goal.targetYear));
        fields.put("responsible", goal.responsible);
        return fields;
    }

    private static List<GoalChange.Field> differences(Map<String, String> before, Map<String, String> after) {
        List<GoalChange.Field> changed = new ArrayList<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changed.add(new GoalChange.Field(field, before.get(field), value));
            }
        });
        return changed;
    }

    private void record(String actor, Goal goal, GoalChange.Action action, List<GoalChange.Field> fields) {
        GoalChange change = new GoalChange();
        change.id = UUID.randomUUID();
        change.goalId = goal.id;
        change.at = clock.instant();
        change.actor = actor;
        change.action = action;
        change.fields = fields;
        change.persist();
        audit.record(actor, "goal." + action.name().toLowerCase(), goal.id,
                String.join(",", fields.stream().map(GoalChange.Field::name).toList()));
    }
}
