package frontdoor.planner.bound;

import frontdoor.planner.domain.Skill;
import frontdoor.planner.Bookings;
import frontdoor.planner.domain.AllocationPlan;
import frontdoor.planner.domain.PlanningDay;
import frontdoor.planner.domain.ScreeningReferral;
import frontdoor.planner.domain.ScreeningTask;
import frontdoor.planner.domain.StaffMember;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each task's earliest possible end and latest end that keeps its referral on time (its followers in the
 * referral after it, inside a window of a worker with its skill), with no other referral in the way: a task starts on the grain once its predecessors end, inside a window of a worker
 * with its skill, around the work already started (pinned). Every plan ends each task no earlier than
 * this, so a referral whose chain ends after its due time here is late in every plan: unavoidable.
 */
final class Chains {
    static final int NEVER = Integer.MAX_VALUE;
    private final PlanningDay day;
    private final Map<String, ScreeningTask> byId = new HashMap<>();
    private final Map<ScreeningTask, Integer> earliestEnd = new HashMap<>();
    private final Map<ScreeningTask, Integer> latestEnd = new HashMap<>();

    Chains(AllocationPlan plan) {
        this.day = plan.getDay();
        plan.getTasks().forEach(t -> byId.put(t.getId(), t));
        Bookings pinned = Bookings.of(plan.getTasks().stream().filter(ScreeningTask::isPinned).toList());
        List<ScreeningTask> order = topological(plan.getTasks());
        order.forEach(t -> earliestEnd.put(t, end(t, pinned)));
        Map<ScreeningTask, List<ScreeningTask>> followers = new HashMap<>();
        plan.getTasks().forEach(t -> t.getPredecessorIds().forEach(id -> followers.computeIfAbsent(byId.get(id), k -> new ArrayList<>()).add(t)));
        for (int i = order.size() - 1; i >= 0; i--) {
            ScreeningTask t = order.get(i);
            int latest = t.getReferral().due();
            for (ScreeningTask after : followers.getOrDefault(t, List.of())) {
                if (!after.getReferral().equals(t.getReferral())) {
                    continue; // another referral's due time binds only if that referral is on time
                }
                latest = Math.min(latest, latestEnd.get(after) - after.getMinutes());
            }
            latestEnd.put(t, t.isPinned() ? latest : lastFit(t, latest));
        }
    }

    int earliestEnd(ScreeningTask task) {
        return earliestEnd.get(task);
    }

    int earliestStart(ScreeningTask task) {
        return earliestEnd.get(task) - task.getMinutes();
    }

    /**
     * The latest end of the task that still lets its referral finish by its due time (its followers in the
     * same referral after it; a follower of another referral may be missed, so its due time does not bind).
     */
    int latestEnd(ScreeningTask task) {
        return latestEnd.get(task);
    }

    /** Why {@code referral} cannot be on time in any plan, or null when its chains fit before its due time. */
    String whyUnavoidable(ScreeningReferral referral, List<ScreeningTask> tasks) {
        ScreeningTask last = tasks.stream().max(Comparator.comparingInt(this::earliestEnd)).orElseThrow();
        if (!referral.dueToday() || earliestEnd(last) <= referral.due()) {
            return null;
        }
        Deque<ScreeningTask> chain = chain(tasks);
        StringBuilder why = new StringBuilder(referral.id() + " (" + referral.rag() + ") is due at " + day.clock(referral.due())
                + " and no plan can finish it by then:");
        String then = " ";
        for (ScreeningTask t : chain) {
            why.append(then).append(step(t));
            if (earliestEnd(t) == NEVER) {
                break;
            }
            then = "; then ";
        }
        return why.append(" (unavoidable).").toString();
    }

    /**
     * The skill that ran out for the referral: that of the first task in the chain holding its last task back
     * that no one with the skill can do today; null when every task can be done and the chain is only too
     * long for the time left before the due time.
     */
    Skill ranOut(List<ScreeningTask> tasks) {
        return chain(tasks).stream().filter(t -> !t.isPinned() && earliestEnd(t) == NEVER && ready(t) != NEVER)
                .map(ScreeningTask::getSkill).findFirst().orElse(null);
    }

    /** The chain that holds the referral's last task back, the first task first. */
    private Deque<ScreeningTask> chain(List<ScreeningTask> tasks) {
        Deque<ScreeningTask> chain = new ArrayDeque<>();
        ScreeningTask last = tasks.stream().max(Comparator.comparingInt(this::earliestEnd)).orElseThrow();
        for (ScreeningTask t = last; t != null; t = heldBackBy(t)) {
            chain.push(t);
        }
        return chain;
    }

    private String step(ScreeningTask t) {
        String task = t.getId() + " " + t.getKind() + " (" + t.getMinutes() + " minutes, " + t.getSkill() + ")";
        if (t.isPinned()) {
            return task + ", already started, ends at " + day.clock(earliestEnd(t));
        }
        if (t.getEligibleStaff().isEmpty()) {
            return task + " needs a skill no one working today has";
        }
        int ready = ready(t);
        if (ready == NEVER) {
            return task + " waits for work that cannot be done today";
        }
        if (earliestEnd(t) == NEVER) {
            return task + " finds no one with " + t.getSkill() + " free for it after " + day.clock(ready) + " today";
        }
        String late = earliestStart(t) - ready >= AllocationPlan.GRAIN ? " (no one with " + t.getSkill() + " is in and free before "
                + day.clock(earliestStart(t)) + ")" : "";
        return task + " ends at " + day.clock(earliestEnd(t)) + " at the earliest" + late;
    }

    /**
     * The latest end by {@code latest} at which a worker with the task's skill can be finishing it inside one
     * of their windows (the task cannot end later than that in any plan where it ends by {@code latest}).
     */
    private static int lastFit(ScreeningTask task, int latest) {
        int best = Integer.MIN_VALUE / 2;
        for (StaffMember staff : task.getEligibleStaff()) {
            for (var w : staff.windows()) {
                int end = Math.min(latest, w.end());
                if (end - w.start() >= task.getMinutes()) {
                    best = Math.max(best, end);
                }
            }
        }
        return task.getEligibleStaff().isEmpty() ? latest : best;
    }

    /** The predecessor that ends last (what the task waits for), or null. */
    private ScreeningTask heldBackBy(ScreeningTask task) {
        return task.getPredecessorIds().stream().map(byId::get).max(Comparator.comparingInt(this::earliestEnd)).orElse(null);
    }

    private int ready(ScreeningTask task) {
        int from = 0;
        for (String id : task.getPredecessorIds()) {
            from = Math.max(from, earliestEnd.get(byId.get(id)));
        }
        return from;
    }

    private int end(ScreeningTask task, Bookings pinned) {
        if (task.isPinned()) {
            return task.getPinnedStart() + task.getMinutes();
        }
        int from = ready(task);
        if (from == NEVER) {
            return NEVER;
        }
        int best = NEVER;
        for (StaffMember staff : task.getEligibleStaff()) {
            Integer start = pinned.earliestFit(staff, from, task.getMinutes());
            if (start != null) {
                best = Math.min(best, start + task.getMinutes());
            }
        }
        return best;
    }

    /** Tasks with every predecessor before them (the input has no cycles). */
    private List<ScreeningTask> topological(List<ScreeningTask> tasks) {
        Map<ScreeningTask, Integer> waiting = new HashMap<>();
        Map<ScreeningTask, List<ScreeningTask>> followers = new HashMap<>();
        Deque<ScreeningTask> ready = new ArrayDeque<>();
        for (ScreeningTask t : tasks) {
            waiting.put(t, t.getPredecessorIds().size());
            t.getPredecessorIds().forEach(id -> followers.computeIfAbsent(byId.get(id), k -> new ArrayList<>()).add(t));
            if (t.getPredecessorIds().isEmpty()) {
                ready.add(t);
            }
        }
        List<ScreeningTask> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            ScreeningTask t = ready.poll();
            order.add(t);
            for (ScreeningTask f : followers.getOrDefault(t, List.of())) {
                if (waiting.merge(f, -1, Integer::sum) == 0) {
                    ready.add(f);
                }
            }
        }
        return order;
    }
}
