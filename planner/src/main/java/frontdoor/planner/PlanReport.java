package frontdoor.planner;

import frontdoor.planner.Plan.Assignment;
import frontdoor.planner.Plan.ConstraintTotal;
import frontdoor.planner.Plan.LateReferral;
import frontdoor.planner.Plan.Unassigned;
import frontdoor.planner.bound.LowerBound;
import frontdoor.planner.domain.AllocationPlan;
import frontdoor.planner.domain.PlanningDay;
import frontdoor.planner.domain.ScreeningReferral;
import frontdoor.planner.domain.ScreeningTask;
import frontdoor.planner.domain.StaffMember;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** Writes a solved allocation as the plan a manager reads: assignments, and the reason for everything left or late. */
final class PlanReport {
    private final AllocationPlan plan;
    private final PlanningDay day;
    private final Map<String, ScreeningTask> byId = new HashMap<>();
    private final Bookings bookings;

    private PlanReport(AllocationPlan plan) {
        this.plan = plan;
        this.day = plan.getDay();
        this.bookings = Bookings.of(plan.getTasks());
        plan.getTasks().forEach(t -> byId.put(t.getId(), t));
    }

    static Plan of(AllocationPlan plan, ScoreExplanation<AllocationPlan, HardMediumSoftLongScore> explanation, LowerBound bound) {
        return new PlanReport(plan).write(explanation, bound);
    }

    private Plan write(ScoreExplanation<AllocationPlan, HardMediumSoftLongScore> explanation, LowerBound bound) {
        List<Assignment> assignments = plan.getTasks().stream().filter(ScreeningTask::isAssigned)
                .sorted(Comparator.comparingInt(ScreeningTask::getStart).thenComparing(t -> t.getStaff().id()))
                .map(t -> new Assignment(t.getId(), t.getStaff().id(), day.instant(t.getStart()), day.instant(t.getEnd())))
                .toList();
        List<Unassigned> unassigned = plan.getTasks().stream().filter(t -> !t.isAssigned())
                .map(t -> new Unassigned(t.getId(), t.getReferral().id(), whyUnassigned(t))).toList();
        List<LateReferral> late = lateReferrals().stream().map(bound::classify).toList();
        long misses = late.stream().mapToLong(l -> plan.getWeights().ragWeight(l.rag())).sum();
        return new Plan(explanation.getScore().toString(), assignments, unassigned, late, totals(explanation), bound.against(misses));
    }

    private List<LateReferral> lateReferrals() {
        Map<ScreeningReferral, List<ScreeningTask>> byReferral = new LinkedHashMap<>();
        plan.getTasks().forEach(t -> byReferral.computeIfAbsent(t.getReferral(), r -> new ArrayList<>()).add(t));
        List<LateReferral> late = new ArrayList<>();
        byReferral.forEach((referral, tasks) -> {
            int completion = tasks.stream().mapToInt(ScreeningTask::getCompletion).max().orElseThrow();
            if (referral.missed(completion)) {
                late.add(new LateReferral(referral.id(), referral.rag(), referral.minutesLate(completion), whyLate(referral, tasks, completion)));
            }
        });
        late.sort(Comparator.comparingInt((LateReferral l) -> l.rag().ordinal()).thenComparing(l -> -l.minutesLate()));
        return late;
    }

    private String whyLate(ScreeningReferral referral, List<ScreeningTask> tasks, int completion) {
        String due = referral.id() + " (" + referral.rag() + ") is due at " + day.clock(referral.due());
        if (completion == ScreeningReferral.NOT_TODAY) {
            ScreeningTask left = tasks.stream().filter(t -> !t.isAssigned())
                    .min(Comparator.comparing((ScreeningTask t) -> !t.getEligibleStaff().isEmpty())).orElseThrow();
            return due + " and is not finished today: " + left.describe() + " " + whyUnassigned(left);
        }
        ScreeningTask last = tasks.stream().max(Comparator.comparingInt(ScreeningTask::getEnd)).orElseThrow();
        StringBuilder why = new StringBuilder(due + "; its last task " + last.describe() + " ends at " + day.clock(last.getEnd())
                + " with " + last.getStaff() + ".");
        ScreeningTask task = last;
        ScreeningTask waitedFor;
        while ((waitedFor = waitedFor(task)) != null) {
            why.append(" ").append(task.getId()).append(" waits for ").append(waitedFor.describe()).append(", which ends at ")
                    .append(day.clock(waitedFor.getEnd())).append(" (precedence).");
            task = waitedFor;
        }
        return why.append(" ").append(task.getId()).append(" starts at ").append(day.clock(task.getStart())).append(": ")
                .append(whyNotEarlier(task)).toString();
    }

    /** The predecessor whose end holds {@code task} back (it starts within a grain of it), or null. */
    private ScreeningTask waitedFor(ScreeningTask task) {
        return task.getPredecessorIds().stream().map(byId::get).filter(ScreeningTask::isAssigned)
                .filter(before -> task.getStart() - before.getEnd() < AllocationPlan.GRAIN)
                .max(Comparator.comparingInt(ScreeningTask::getEnd)).orElse(null);
    }

    private String whyNotEarlier(ScreeningTask task) {
        int firstShift = task.getEligibleStaff().stream().flatMap(s -> s.windows().stream())
                .mapToInt(w -> w.start()).min().orElse(0);
        if (task.getStart() - firstShift < AllocationPlan.GRAIN) {
            return "no one with " + task.getSkill() + " works before " + day.clock(firstShift) + " (capacity).";
        }
        return "every worker with " + task.getSkill() + " (" + names(task.getEligibleStaff())
                + ") is busy or off shift before then with work the plan ranks higher (capacity).";
    }

    private String whyUnassigned(ScreeningTask task) {
        if (task.getEligibleStaff().isEmpty()) {
            return "cannot be done: no one with " + task.getSkill() + " works today (no one with the skill).";
        }
        for (String id : task.getPredecessorIds()) {
            ScreeningTask before = byId.get(id);
            if (!before.isAssigned()) {
                return "waits for " + before.describe() + ", which is not done today (precedence).";
            }
        }
        if (!hasRoom(task)) {
            String when = task.getReferral().dueToday() ? "" : " It is due after today, so it is left for another day.";
            return "no worker with " + task.getSkill() + " (" + names(task.getEligibleStaff()) + ") has " + task.getMinutes()
                    + " free minutes for it before the day ends at " + day.clock(day.end()) + " (no capacity)." + when;
        }
        return "there is room for it today, but the plan gives the time to work it ranks higher; " + task.getReferral().id()
                + " cannot be finished today anyway: " + restOfReferral(task);
    }

    /** Tries to place the referral's unplaced tasks in order on today's free time; names the first that does not fit. */
    private String restOfReferral(ScreeningTask task) {
        Bookings trial = bookings.copy();
        Map<String, Integer> ends = new HashMap<>();
        plan.getTasks().stream().filter(ScreeningTask::isAssigned).forEach(t -> ends.put(t.getId(), t.getEnd()));
        List<ScreeningTask> left = plan.getTasks().stream().filter(t -> t.getReferral() == task.getReferral() && !t.isAssigned())
                .sorted(Comparator.comparingInt((ScreeningTask t) -> t.getKind().stage()).thenComparing(ScreeningTask::getId)).toList();
        for (ScreeningTask t : left) {
            int from = 0;
            for (String id : t.getPredecessorIds()) {
                if (!ends.containsKey(id)) {
                    return t.describe() + " waits for " + byId.get(id).describe() + ", which is not done today (precedence).";
                }
                from = Math.max(from, ends.get(id));
            }
            StaffMember best = null;
            Integer bestStart = null;
            for (StaffMember staff : t.getEligibleStaff()) {
                Integer start = trial.earliestFit(staff, from, t.getMinutes());
                if (start != null && (bestStart == null || start < bestStart)) {
                    best = staff;
                    bestStart = start;
                }
            }
            if (best == null) {
                return t.getEligibleStaff().isEmpty() ? t.describe() + " needs " + t.getSkill() + ", which no one working today has (no one with the skill)."
                        : t.describe() + " would find no worker with " + t.getSkill() + " free for " + t.getMinutes()
                        + " minutes after " + day.clock(from) + " (no capacity).";
            }
            trial.book(best, bestStart, bestStart + t.getMinutes());
            ends.put(t.getId(), bestStart + t.getMinutes());
        }
        int end = left.stream().mapToInt(t -> ends.get(t.getId())).max().orElse(0);
        return "it could end by " + day.clock(end) + ", but the plan gives the time to work it ranks higher (capacity).";
    }

    /** Whether a worker with the skill has the task's minutes free today after its placed predecessors end. */
    private boolean hasRoom(ScreeningTask task) {
        int from = task.getPredecessorIds().stream().map(byId::get).filter(ScreeningTask::isAssigned)
                .mapToInt(ScreeningTask::getEnd).max().orElse(0);
        return task.getEligibleStaff().stream().anyMatch(s -> bookings.earliestFit(s, from, task.getMinutes()) != null);
    }

    private static String names(List<StaffMember> staff) {
        List<String> ids = staff.stream().map(StaffMember::id).toList();
        return ids.size() <= 5 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 5)) + " and " + (ids.size() - 5) + " more";
    }

    /** Every constraint, hard first, with its total on its own level (0 and no matches when it costs nothing). */
    private List<ConstraintTotal> totals(ScoreExplanation<AllocationPlan, HardMediumSoftLongScore> explanation) {
        Map<String, ConstraintMatchTotal<HardMediumSoftLongScore>> matched = new HashMap<>();
        explanation.getConstraintMatchTotalMap().values().forEach(t -> matched.put(t.getConstraintName(), t));
        List<ConstraintTotal> totals = new ArrayList<>();
        Weights.byName(plan.getWeights()).forEach((name, weight) -> {
            String level = Weights.level(weight);
            var total = matched.get(name);
            HardMediumSoftLongScore score = total == null ? HardMediumSoftLongScore.ZERO : total.getScore();
            long value = switch (level) {
                case "hard" -> score.hardScore();
                case "medium" -> score.mediumScore();
                default -> score.softScore();
            };
            totals.add(new ConstraintTotal(name, level, value, total == null ? 0 : total.getConstraintMatchCount()));
        });
        return totals;
    }
}
