package frontdoor.planner;

import frontdoor.planner.domain.AllocationPlan;
import frontdoor.planner.domain.ScreeningReferral;
import frontdoor.planner.domain.ScreeningTask;
import frontdoor.planner.domain.StaffMember;
import frontdoor.planner.domain.Timetable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places referrals: first the referrals due today that are to be on time, in the given order, each placed
 * whole as early as it fits and kept only if it ends by its due time; then the ones that came out late
 * (heaviest RAG first) as early as they then fit, whole or not at all; then, heaviest RAG first, as much as
 * fits of the work left: the referrals due today that cannot be finished today (a RED's police check is done
 * while its health check waits for someone with the skill) and the work due after today. A referral that
 * will be missed anyway takes no time from one that can be on time.
 * A task goes to the worker who can start it first; on a tie, to the one with fewer skills (the others
 * stay free for work only they can do).
 */
final class ReferralFill {
    /** Where each task goes (staff null: not today), and the weighted misses and minutes late that gives. */
    record Result(Map<ScreeningTask, StaffMember> staff, Map<ScreeningTask, Integer> start, List<ScreeningReferral> missed,
                  List<ScreeningReferral> onTime, long weightedMisses, long weightedMinutesLate) {
        boolean betterThan(Result other) {
            return weightedMisses != other.weightedMisses ? weightedMisses < other.weightedMisses
                    : weightedMinutesLate < other.weightedMinutesLate;
        }

        long cost() {
            return weightedMisses * 1_000_000L + weightedMinutesLate;
        }
    }

    private final AllocationPlan problem;
    private final Map<ScreeningReferral, List<ScreeningTask>> byReferral = new LinkedHashMap<>();
    private final Map<String, ScreeningTask> byId = new HashMap<>();
    private final Map<frontdoor.planner.domain.Skill, Double> pressure = new java.util.EnumMap<>(frontdoor.planner.domain.Skill.class);
    private static final int SPARE_MINUTES = 30;
    /** Heaviest RAG first, then the one due first. */
    private static final Comparator<ScreeningReferral> HEAVIEST_FIRST =
            Comparator.comparingLong((ScreeningReferral r) -> -r.ragWeight()).thenComparingInt(ScreeningReferral::due);

    ReferralFill(AllocationPlan problem) {
        this.problem = problem;
        problem.getTasks().forEach(t -> byId.put(t.getId(), t));
        problem.getTasks().stream().sorted(Comparator.comparingInt((ScreeningTask t) -> t.getKind().stage()).thenComparing(ScreeningTask::getId))
                .forEach(t -> byReferral.computeIfAbsent(t.getReferral(), r -> new ArrayList<>()).add(t));
        Map<frontdoor.planner.domain.Skill, Long> demand = new HashMap<>();
        problem.getTasks().stream().filter(t -> t.getReferral().dueToday() && !t.isPinned())
                .forEach(t -> demand.merge(t.getSkill(), (long) t.getMinutes(), Long::sum));
        demand.forEach((skill, minutes) -> {
            long free = problem.getStaff().stream().filter(s -> s.hasSkill(skill)).mapToLong(StaffMember::windowMinutes).sum();
            pressure.put(skill, minutes / (double) Math.max(1, free));
        });
    }

    List<ScreeningReferral> referrals() {
        return List.copyOf(byReferral.keySet());
    }

    List<ScreeningTask> tasks(ScreeningReferral referral) {
        return byReferral.get(referral);
    }

    /** Fills the day: {@code order} are the referrals due today to try on time, in that order; {@code excluded} wait for the second pass. */
    Result fill(List<ScreeningReferral> order, Set<ScreeningReferral> excluded) {
        return fill(order, excluded, true);
    }

    /**
     * As {@link #fill(List, Set)}; without {@code later}, the work left (what can be done of referrals that cannot
     * be finished today, and work due after today) is left out: it changes no deadline (the search's quick look).
     */
    Result fill(List<ScreeningReferral> order, Set<ScreeningReferral> excluded, boolean later) {
        Timetable booked = new Timetable();
        Map<ScreeningTask, StaffMember> staff = new HashMap<>();
        Map<ScreeningTask, Integer> start = new HashMap<>();
        for (ScreeningTask t : problem.getTasks()) {
            if (t.isPinned()) {
                booked.book(t.getStaff(), t.getPinnedStart(), t.getPinnedStart() + t.getMinutes());
                staff.put(t, t.getStaff());
                start.put(t, t.getPinnedStart());
            }
        }
        List<ScreeningReferral> onTime = new ArrayList<>();
        List<ScreeningReferral> late = new ArrayList<>();
        for (ScreeningReferral r : order) {
            if (excluded.contains(r)) {
                late.add(r);
            } else if (place(r, booked, staff, start, r.due(), true)) {
                onTime.add(r);
            } else {
                late.add(r);
            }
        }
        late.sort(HEAVIEST_FIRST);
        List<ScreeningReferral> left = new ArrayList<>(late.stream().filter(r -> !place(r, booked, staff, start, Integer.MAX_VALUE, true)).toList());
        if (later) { // a referral missed anyway has its checks ready for when the rest can be done
            byReferral.keySet().stream().filter(r -> !r.dueToday()).forEach(left::add);
            left.sort(HEAVIEST_FIRST);
            left.forEach(r -> place(r, booked, staff, start, Integer.MAX_VALUE, false));
        }
        return result(staff, start, onTime);
    }

    /** Places the referral's tasks; with {@code whole}, all of them ending by {@code by} or none. */
    private boolean place(ScreeningReferral referral, Timetable booked,
                          Map<ScreeningTask, StaffMember> staff, Map<ScreeningTask, Integer> start, int by, boolean whole) {
        List<ScreeningTask> placed = new ArrayList<>();
        boolean fits = true;
        for (ScreeningTask t : byReferral.get(referral)) {
            if (t.isPinned()) {
                continue;
            }
            int from = 0;
            for (String id : t.getPredecessorIds()) {
                ScreeningTask before = byId.get(id);
                from = start.containsKey(before) ? Math.max(from, start.get(before) + before.getMinutes()) : Integer.MAX_VALUE;
            }
            StaffMember best = null;
            int bestStart = Integer.MAX_VALUE;
            if (from != Integer.MAX_VALUE) {
                for (StaffMember s : t.getEligibleStaff()) {
                    int at = booked.earliestFit(s, from, t.getMinutes());
                    if (at != Integer.MAX_VALUE && (best == null || at + spare(s, t) < bestStart + spare(best, t))) {
                        best = s;
                        bestStart = at;
                    }
                }
            }
            if (best == null || bestStart + t.getMinutes() > by) {
                fits = false;
                if (whole) {
                    break;
                }
                continue;
            }
            booked.book(best, bestStart, bestStart + t.getMinutes());
            staff.put(t, best);
            start.put(t, bestStart);
            placed.add(t);
        }
        if (!fits && whole) {
            for (ScreeningTask t : placed) {
                booked.unbook(staff.remove(t), start.remove(t));
            }
        }
        return fits;
    }

    /**
     * How much later a worker may start a task and still be the better choice: the load on their other
     * skills (minutes of work due today that need the skill, per free minute of the staff who have it),
     * times {@link #SPARE_MINUTES}. A manager who can also decide is kept for the sign-offs only managers do.
     */
    private int spare(StaffMember staff, ScreeningTask task) {
        double load = 0;
        for (var skill : staff.skills()) {
            if (skill != task.getSkill()) {
                load += pressure.getOrDefault(skill, 0.0);
            }
        }
        return (int) Math.round(SPARE_MINUTES * load);
    }

    private Result result(Map<ScreeningTask, StaffMember> staff, Map<ScreeningTask, Integer> start, List<ScreeningReferral> onTime) {
        List<ScreeningReferral> missed = new ArrayList<>();
        long misses = 0;
        long minutesLate = 0;
        for (var entry : byReferral.entrySet()) {
            ScreeningReferral r = entry.getKey();
            int completion = 0;
            for (ScreeningTask t : entry.getValue()) {
                completion = start.containsKey(t) ? Math.max(completion, start.get(t) + t.getMinutes()) : ScreeningReferral.NOT_TODAY;
                if (completion == ScreeningReferral.NOT_TODAY) {
                    break;
                }
            }
            if (r.missed(completion)) {
                missed.add(r);
                misses += r.ragWeight();
            }
            minutesLate += r.ragWeight() * r.minutesLate(completion);
        }
        return new Result(staff, start, missed, onTime, misses, minutesLate);
    }

    /** The problem with this result's assignments (pinned tasks as they are). */
    AllocationPlan apply(Result result, AllocationPlan fresh) {
        Map<String, ScreeningTask> mine = new HashMap<>();
        problem.getTasks().forEach(t -> mine.put(t.getId(), t));
        Map<String, StaffMember> team = new HashMap<>();
        fresh.getStaff().forEach(s -> team.put(s.id(), s));
        for (ScreeningTask t : fresh.getTasks()) {
            ScreeningTask at = mine.get(t.getId());
            if (!t.isPinned()) {
                StaffMember s = result.staff().get(at);
                t.assign(s == null ? null : team.get(s.id()), s == null ? null : result.start().get(at));
            }
        }
        return fresh;
    }
}
