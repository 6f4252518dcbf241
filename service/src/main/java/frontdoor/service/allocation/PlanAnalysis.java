package frontdoor.service.allocation;

import frontdoor.planner.Plan;
import frontdoor.planner.PlanInput;
import frontdoor.planner.Planner;
import frontdoor.planner.domain.AllocationPlan;
import frontdoor.planner.domain.ScreeningTask;
import frontdoor.planner.domain.StaffMember;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;

/**
 * Why a plan scores what it does: for each constraint its level, total and the matches behind it (the
 * tasks, referrals, families or workers), each with the planner's justification sentence, costliest first.
 * Worked out again from the stored input and plan, so it explains exactly the plan the manager read;
 * with the lower bound on its weighted misses (how close the plan is to the best possible).
 */
record PlanAnalysis(String planId, int revision, String score, List<ConstraintAnalysis> constraints, Plan.Bound bound) {
    static final int MAX_MATCHES = 200;

    /** A constraint's total on its level; {@code matches} counts them all, {@code justifications} shows the costliest. */
    record ConstraintAnalysis(String name, String level, long total, int matches, List<Match> justifications) {
    }

    /** One match: what it costs on the constraint's level, and why (taskId/referralId/subject and description). */
    record Match(long impact, Object justification) {
    }

    static PlanAnalysis of(PlanStore.Stored stored, Planner planner, SolutionManager<AllocationPlan, HardMediumSoftLongScore> scores) {
        Plan plan = stored.plan();
        AllocationPlan solution = rebuild(planner, stored.input(), plan);
        Map<String, ConstraintMatchTotal<HardMediumSoftLongScore>> byName = new HashMap<>();
        scores.explain(solution).getConstraintMatchTotalMap().values().forEach(t -> byName.put(t.getConstraintName(), t));
        List<ConstraintAnalysis> constraints = plan.constraints().stream().map(total -> {
            ConstraintMatchTotal<HardMediumSoftLongScore> matched = byName.get(total.name());
            List<Match> matches = matched == null ? List.of() : matched.getConstraintMatchSet().stream()
                    .map(m -> new Match(onLevel(m, total.level()), justification(m)))
                    .sorted(Comparator.comparingLong(Match::impact))
                    .limit(MAX_MATCHES).toList();
            return new ConstraintAnalysis(total.name(), total.level(), total.total(), total.matches(), matches);
        }).toList();
        return new PlanAnalysis(stored.id(), stored.revision(), plan.score(), constraints, planner.report(solution).bound());
    }

    /** The planner's problem for the input with the plan's assignments in place. */
    private static AllocationPlan rebuild(Planner planner, PlanInput input, Plan plan) {
        AllocationPlan solution = planner.problem(input);
        Map<String, StaffMember> staff = new HashMap<>();
        solution.getStaff().forEach(s -> staff.put(s.id(), s));
        Map<String, Plan.Assignment> placed = new HashMap<>();
        plan.assignments().forEach(a -> placed.put(a.taskId(), a));
        for (ScreeningTask task : solution.getTasks()) {
            Plan.Assignment a = placed.get(task.getId());
            if (!task.isPinned()) {
                task.assign(a == null ? null : staff.get(a.staffId()), a == null ? null : solution.getDay().minute(a.start()));
            }
        }
        return solution;
    }

    private static long onLevel(ConstraintMatch<HardMediumSoftLongScore> match, String level) {
        HardMediumSoftLongScore score = match.getScore();
        return switch (level) {
            case "hard" -> score.hardScore();
            case "medium" -> score.mediumScore();
            default -> score.softScore();
        };
    }

    private static Object justification(ConstraintMatch<HardMediumSoftLongScore> match) {
        return match.getJustification();
    }
}
