package frontdoor.planner;

import frontdoor.planner.domain.AllocationPlan;
import frontdoor.planner.domain.ScreeningTask;
import frontdoor.planner.domain.StaffMember;
import frontdoor.planner.domain.Window;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Earliest deadline first, the way a manager fills a spreadsheet: take the task whose referral is due
 * soonest (RED before AMBER before GREEN on a tie) whose predecessors are placed, and give it to the
 * worker with the skill who can finish it first. Pinned tasks stay. It is the baseline the solver must
 * beat. With another order (urgent work due today first) it gives the solver a second starting point.
 */
public final class GreedyPlanner {
    private static final Comparator<ScreeningTask> IN_REFERRAL_ORDER = Comparator
            .comparing((ScreeningTask t) -> t.getReferral().id())
            .thenComparingInt(t -> t.getKind().stage())
            .thenComparing(ScreeningTask::getId);
    /** The baseline: the referral due first goes first; RED before AMBER before GREEN on a tie. */
    public static final Comparator<ScreeningTask> EARLIEST_DEADLINE = Comparator
            .comparingInt((ScreeningTask t) -> t.getReferral().due())
            .thenComparing(t -> -t.getReferral().ragWeight())
            .thenComparing(IN_REFERRAL_ORDER);
    /** Another start for the solver: work due today first, the heaviest RAG first, then by due time. */
    public static final Comparator<ScreeningTask> URGENT_TODAY_FIRST = Comparator
            .comparing((ScreeningTask t) -> !t.getReferral().dueToday())
            .thenComparing(t -> -t.getReferral().ragWeight())
            .thenComparingInt(t -> t.getReferral().due())
            .thenComparing(IN_REFERRAL_ORDER);

    private final Map<StaffMember, List<int[]>> booked = new HashMap<>();
    private final Comparator<ScreeningTask> order;

    private GreedyPlanner(Comparator<ScreeningTask> order) {
        this.order = order;
    }

    /** Places every task that can be placed today, earliest deadline first, in place; returns the same plan. */
    public static AllocationPlan plan(AllocationPlan plan) {
        return plan(plan, EARLIEST_DEADLINE);
    }

    /** Places every task that can be placed today, taking ready tasks in {@code order}. */
    public static AllocationPlan plan(AllocationPlan plan, Comparator<ScreeningTask> order) {
        new GreedyPlanner(order).fill(plan);
        return plan;
    }

    private void fill(AllocationPlan plan) {
        Map<String, ScreeningTask> byId = new HashMap<>();
        Map<String, Integer> waitingFor = new HashMap<>();
        Map<String, List<ScreeningTask>> followers = new HashMap<>();
        PriorityQueue<ScreeningTask> ready = new PriorityQueue<>(order);
        for (ScreeningTask task : plan.getTasks()) {
            byId.put(task.getId(), task);
            if (task.isPinned()) {
                book(task.getStaff(), task.getStart(), task.getEnd());
            } else {
                task.assign(null, null);
            }
            waitingFor.put(task.getId(), task.getPredecessorIds().size());
            task.getPredecessorIds().forEach(id -> followers.computeIfAbsent(id, k -> new ArrayList<>()).add(task));
            if (task.getPredecessorIds().isEmpty()) {
                ready.add(task);
            }
        }
        while (!ready.isEmpty()) {
            ScreeningTask task = ready.poll();
            if (!task.isPinned()) {
                place(task, byId);
            }
            for (ScreeningTask follower : followers.getOrDefault(task.getId(), List.of())) {
                if (waitingFor.merge(follower.getId(), -1, Integer::sum) == 0) {
                    ready.add(follower);
                }
            }
        }
    }

    private void place(ScreeningTask task, Map<String, ScreeningTask> byId) {
        int earliest = 0;
        for (String id : task.getPredecessorIds()) {
            ScreeningTask before = byId.get(id);
            if (!before.isAssigned()) {
                return;
            }
            earliest = Math.max(earliest, before.getEnd());
        }
        StaffMember best = null;
        int bestStart = 0;
        for (StaffMember staff : task.getEligibleStaff()) {
            Integer start = earliestFit(staff, earliest, task.getMinutes());
            if (start != null && (best == null || start < bestStart)) {
                best = staff;
                bestStart = start;
            }
        }
        if (best != null) {
            task.assign(best, bestStart);
            book(best, bestStart, bestStart + task.getMinutes());
        }
    }

    private Integer earliestFit(StaffMember staff, int from, int minutes) {
        List<int[]> busy = booked.getOrDefault(staff, List.of());
        for (Window window : staff.windows()) {
            int start = onGrain(Math.max(from, window.start()));
            while (start + minutes <= window.end()) {
                int clash = clashEnd(busy, start, start + minutes);
                if (clash < 0) {
                    return start;
                }
                start = onGrain(clash);
            }
        }
        return null;
    }

    /** The end of a booking that overlaps {@code [from, to)}, or -1. */
    private static int clashEnd(List<int[]> busy, int from, int to) {
        for (int[] b : busy) {
            if (b[0] < to && from < b[1]) {
                return b[1];
            }
        }
        return -1;
    }

    private void book(StaffMember staff, int start, int end) {
        booked.computeIfAbsent(staff, s -> new ArrayList<>()).add(new int[] {start, end});
    }

    private static int onGrain(int minute) {
        return Math.floorDiv(minute + AllocationPlan.GRAIN - 1, AllocationPlan.GRAIN) * AllocationPlan.GRAIN;
    }
}
