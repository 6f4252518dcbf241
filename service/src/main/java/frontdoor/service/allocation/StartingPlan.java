package frontdoor.service.allocation;

import frontdoor.planner.GreedyPlanner;
import frontdoor.planner.Plan;
import frontdoor.planner.PlanInput;
import frontdoor.planner.PlanInput.Pin;
import frontdoor.planner.PlanInput.Task;
import frontdoor.planner.Planner;
import frontdoor.planner.domain.AllocationPlan;
import frontdoor.planner.domain.PlanningDay;
import frontdoor.planner.domain.ScreeningTask;
import frontdoor.planner.domain.StaffMember;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;

/**
 * Where the solver starts a re-plan: the standing plan kept as it is wherever it still holds (its worker
 * is there and free, its predecessors still end before it), new and displaced work fitted around it by
 * the planner's earliest-deadline-first rule, unless the planner's own fresh start scores better.
 * So a new RED referral is placed in the first plan the manager sees, and the rest of the day moves
 * only where the change needs it.
 */
final class StartingPlan {
    private StartingPlan() {
    }

    static AllocationPlan of(Planner planner, SolutionManager<AllocationPlan, HardMediumSoftLongScore> scores,
                             PlanInput input, Plan standing) {
        AllocationPlan fresh = planner.startingPlan(input);
        if (standing == null) {
            return fresh;
        }
        AllocationPlan problem = planner.problem(input);
        Map<String, Pin> kept = keep(problem, standing);
        List<Task> seeded = input.tasks().stream().map(t -> kept.containsKey(t.id())
                ? new Task(t.id(), t.referralId(), t.familyId(), t.kind(), t.skill(), t.rag(), t.dueBy(), t.minutes(), t.after(), kept.get(t.id()))
                : t).toList();
        AllocationPlan around = GreedyPlanner.plan(planner.problem(new PlanInput(input.planDate(), input.timezone(), input.staff(), seeded)));
        Map<String, ScreeningTask> placed = new HashMap<>();
        around.getTasks().forEach(t -> placed.put(t.getId(), t));
        Map<String, StaffMember> staff = new HashMap<>();
        problem.getStaff().forEach(s -> staff.put(s.id(), s));
        for (ScreeningTask task : problem.getTasks()) {
            ScreeningTask at = placed.get(task.getId());
            if (!task.isPinned()) {
                task.assign(at.getStaff() == null ? null : staff.get(at.getStaff().id()), at.getStart());
            }
        }
        scores.update(problem);
        scores.update(fresh);
        return fresh.getScore().compareTo(problem.getScore()) > 0 ? fresh : problem;
    }

    /** The standing plan's assignments that still hold in the new problem, as pins for the greedy fill. */
    private static Map<String, Pin> keep(AllocationPlan problem, Plan standing) {
        PlanningDay day = problem.getDay();
        Map<String, ScreeningTask> tasks = new HashMap<>();
        Map<String, int[]> placed = new HashMap<>();
        Map<String, List<int[]>> busy = new HashMap<>();
        for (ScreeningTask t : problem.getTasks()) {
            tasks.put(t.getId(), t);
            if (t.isPinned()) {
                placed.put(t.getId(), new int[] {t.getStart(), t.getEnd()});
                busy.computeIfAbsent(t.getStaff().id(), k -> new ArrayList<>()).add(new int[] {t.getStart(), t.getEnd()});
            }
        }
        Map<String, Pin> kept = new HashMap<>();
        List<Plan.Assignment> byStart = standing.assignments().stream().sorted(Comparator.comparing(Plan.Assignment::start)).toList();
        for (Plan.Assignment a : byStart) {
            ScreeningTask task = tasks.get(a.taskId());
            if (task == null || task.isPinned()) {
                continue;
            }
            int start = day.minute(a.start());
            int end = start + task.getMinutes();
            StaffMember worker = task.getEligibleStaff().stream().filter(s -> s.id().equals(a.staffId())).findFirst().orElse(null);
            boolean holds = worker != null && start >= 0 && worker.minutesOutsideWindows(start, end) == 0
                    && busy.getOrDefault(worker.id(), List.of()).stream().noneMatch(b -> b[0] < end && start < b[1])
                    && task.getPredecessorIds().stream().allMatch(id -> placed.containsKey(id) && placed.get(id)[1] <= start);
            if (holds) {
                placed.put(task.getId(), new int[] {start, end});
                busy.computeIfAbsent(worker.id(), k -> new ArrayList<>()).add(new int[] {start, end});
                kept.put(task.getId(), new Pin(worker.id(), a.start()));
            }
        }
        return kept;
    }
}
