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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import frontdoor.rules.RagRating;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;

/**
 * Where the solver starts a re-plan: the tasks of new RED referrals first (around the pinned work), then
 * the standing plan kept as it is wherever it still holds (its worker is there and free, its predecessors
 * still end before it), then new and displaced work fitted around both by the planner's greedy rule;
 * unless the planner's own fresh start scores better (on a day with no room, an earlier RED would pay for
 * the new one). So a new RED referral is placed in the first plan the manager sees whenever there is room
 * today, and the rest of the day moves only where the change needs it.
 */
final class ReplanSeed {
    /**
     * How long the planner may try its greedy starts for a fresh plan: a manager waits for this plan (a new
     * RED referral must be placed within 2 s), and the solver improves it in the background afterwards.
     */
    static final Duration FRESH_START_BUDGET = Duration.ofMillis(500);

    private ReplanSeed() {
    }

    static AllocationPlan of(Planner planner, SolutionManager<AllocationPlan, HardMediumSoftLongScore> scores,
                             PlanInput input, Plan standing) {
        AllocationPlan fresh = planner.startingPlan(input, FRESH_START_BUDGET);
        if (standing == null) {
            return fresh;
        }
        Map<String, Pin> first = new HashMap<>(redFirst(planner, input, standing));
        first.putAll(keep(planner.problem(pinned(input, first)), standing));
        PlanInput seeded = pinned(input, first);
        AllocationPlan around = GreedyPlanner.plan(planner.problem(seeded));
        AllocationPlan problem = planner.problem(input);
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

    /**
     * Where the tasks of new RED referrals (none of their tasks in the standing plan) go when they go first:
     * around the pinned work only, urgent work due today first. The standing plan then gives way to them.
     */
    private static Map<String, Pin> redFirst(Planner planner, PlanInput input, Plan standing) {
        Set<String> known = new HashSet<>();
        standing.assignments().forEach(a -> known.add(a.taskId()));
        standing.unassigned().forEach(u -> known.add(u.taskId()));
        List<Task> urgent = input.tasks().stream().filter(t -> t.rag() == RagRating.RED && !known.contains(t.id())).toList();
        if (urgent.isEmpty()) {
            return Map.of();
        }
        List<Task> tasks = new ArrayList<>(input.tasks().stream().filter(t -> t.pinned() != null).toList());
        tasks.addAll(urgent);
        AllocationPlan placed = GreedyPlanner.plan(planner.problem(new PlanInput(input.planDate(), input.timezone(), input.staff(), tasks)),
                GreedyPlanner.URGENT_TODAY_FIRST);
        Map<String, Pin> pins = new HashMap<>();
        placed.getTasks().stream().filter(t -> !t.isPinned() && t.isAssigned())
                .forEach(t -> pins.put(t.getId(), new Pin(t.getStaff().id(), placed.getDay().instant(t.getStart()))));
        return pins;
    }

    /** The input with these tasks pinned (the others as they are). */
    private static PlanInput pinned(PlanInput input, Map<String, Pin> pins) {
        List<Task> tasks = input.tasks().stream().map(t -> pins.containsKey(t.id())
                ? new Task(t.id(), t.referralId(), t.familyId(), t.kind(), t.skill(), t.rag(), t.dueBy(), t.minutes(), t.after(), pins.get(t.id()))
                : t).toList();
        return new PlanInput(input.planDate(), input.timezone(), input.staff(), tasks);
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
