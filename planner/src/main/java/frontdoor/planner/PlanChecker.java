package frontdoor.planner;

import frontdoor.planner.Plan.Assignment;
import frontdoor.planner.PlanInput.Staff;
import frontdoor.planner.PlanInput.Task;
import frontdoor.planner.domain.TaskKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks the hard rules of docs/allocation.md on any plan, straight from the input and the plan's instants,
 * without the solver or its score: the worker has the skill, the task lies inside one of the worker's
 * windows, no worker does two tasks at once, precedence within a referral and {@code after}, pinned tasks
 * stay, every task is either assigned once or listed as unassigned.
 */
public final class PlanChecker {
    private PlanChecker() {
    }

    /** Every violation, one sentence each; empty when the plan keeps every hard rule. */
    public static List<String> violations(PlanInput input, Plan plan) {
        List<String> found = new ArrayList<>();
        Map<String, Staff> staff = new HashMap<>();
        input.staff().forEach(s -> staff.put(s.id(), s));
        Map<String, Task> tasks = new HashMap<>();
        input.tasks().forEach(t -> tasks.put(t.id(), t));
        Map<String, Assignment> placed = new HashMap<>();
        for (Assignment a : plan.assignments()) {
            Task task = tasks.get(a.taskId());
            Staff worker = staff.get(a.staffId());
            if (task == null || worker == null) {
                found.add(a.taskId() + ": assigned to " + a.staffId() + ", but the task or the worker is not in the input");
                continue;
            }
            if (placed.put(a.taskId(), a) != null) {
                found.add(a.taskId() + ": assigned twice");
            }
            if (!Duration.between(a.start(), a.end()).equals(Duration.ofMinutes(task.minutes()))) {
                found.add(a.taskId() + ": booked for " + Duration.between(a.start(), a.end()).toMinutes() + " minutes, needs " + task.minutes());
            }
            var skill = task.skill() != null ? task.skill() : task.kind().skill();
            if (!worker.skills().contains(skill)) {
                found.add(a.taskId() + ": " + a.staffId() + " does not have " + skill);
            }
            if (worker.windows().stream().noneMatch(w -> !a.start().isBefore(w.start()) && !a.end().isAfter(w.end()))) {
                found.add(a.taskId() + ": outside " + a.staffId() + "'s working windows");
            }
            if (task.pinned() != null && !(task.pinned().staffId().equals(a.staffId()) && task.pinned().start().equals(a.start()))) {
                found.add(a.taskId() + ": pinned to " + task.pinned().staffId() + " at " + task.pinned().start() + " but moved");
            }
        }
        plan.unassigned().stream().filter(u -> u.taskId() != null).forEach(u -> { // null: a referral without tasks
            if (placed.containsKey(u.taskId())) {
                found.add(u.taskId() + ": both assigned and unassigned");
            }
            Task task = tasks.get(u.taskId());
            if (task != null && task.pinned() != null) {
                found.add(u.taskId() + ": pinned but unassigned");
            }
        });
        long listed = placed.size() + plan.unassigned().stream().map(Plan.Unassigned::taskId).filter(Objects::nonNull).distinct().count();
        if (listed != input.tasks().size()) {
            found.add("the plan lists " + listed + " of the " + input.tasks().size() + " tasks");
        }
        overlaps(plan.assignments(), found);
        precedence(input.tasks(), placed, found);
        return found;
    }

    private static void overlaps(List<Assignment> assignments, List<String> found) {
        Map<String, List<Assignment>> byStaff = new HashMap<>();
        assignments.forEach(a -> byStaff.computeIfAbsent(a.staffId(), s -> new ArrayList<>()).add(a));
        byStaff.values().forEach(list -> {
            list.sort(Comparator.comparing(Assignment::start));
            for (int i = 1; i < list.size(); i++) {
                if (list.get(i).start().isBefore(list.get(i - 1).end())) {
                    found.add(list.get(i).taskId() + ": overlaps " + list.get(i - 1).taskId() + " for " + list.get(i).staffId());
                }
            }
        });
    }

    private static void precedence(List<Task> tasks, Map<String, Assignment> placed, List<String> found) {
        for (Task later : tasks) {
            Assignment at = placed.get(later.id());
            if (at == null) {
                continue;
            }
            List<String> before = new ArrayList<>(later.after());
            for (Task other : tasks) {
                boolean sameReferral = other.referralId().equals(later.referralId());
                if (sameReferral && (later.kind() == TaskKind.SCREENING_DECISION && other.kind().isCheck()
                        || later.kind() == TaskKind.MANAGER_SIGN_OFF && other.kind() == TaskKind.SCREENING_DECISION)) {
                    before.add(other.id());
                }
            }
            for (String id : before) {
                Assignment earlier = placed.get(id);
                if (earlier == null) {
                    found.add(later.id() + ": done while " + id + ", which must come first, is not done today");
                } else if (earlier.end().isAfter(at.start())) {
                    found.add(later.id() + ": starts at " + at.start() + " before " + id + " ends at " + earlier.end());
                }
            }
        }
    }
}
