package frontdoor.planner.solver;

import frontdoor.planner.domain.AllocationPlan;
import frontdoor.planner.domain.ScreeningReferral;
import frontdoor.planner.domain.ScreeningTask;
import frontdoor.planner.domain.StaffMember;
import frontdoor.planner.domain.Timetable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Moves that decide by referral: all of a referral's tasks move at once to the earliest places they fit
 * around the rest of the plan; or two referrals nearby (a skill in common, due within two hours) swap
 * turns: the other's tasks step aside, this one takes the earliest places, the other fits in after.
 * A referral may also leave the day (all its tasks not today), making room the next move can use.
 */
public class ReferralMoves implements MoveIteratorFactory<AllocationPlan, PlaceTasksMove> {
    private static final int NEARBY_MINUTES = 120;
    /** Each referral's unpinned tasks in order, and its neighbours: worked out once per phase (the entities stay the same). */
    private final Map<ScreeningReferral, List<ScreeningTask>> byReferral = new LinkedHashMap<>();
    private final Map<ScreeningReferral, List<ScreeningReferral>> nearby = new HashMap<>();
    private List<ScreeningReferral> referrals = List.of();

    @Override
    public void phaseStarted(ScoreDirector<AllocationPlan> scoreDirector) {
        byReferral.clear();
        nearby.clear();
        scoreDirector.getWorkingSolution().getTasks().stream().filter(t -> !t.isPinned())
                .sorted(Comparator.comparingInt((ScreeningTask t) -> t.getKind().stage()).thenComparing(ScreeningTask::getId))
                .forEach(t -> byReferral.computeIfAbsent(t.getReferral(), r -> new ArrayList<>()).add(t));
        referrals = new ArrayList<>(byReferral.keySet());
        for (ScreeningReferral r : referrals) {
            nearby.put(r, referrals.stream().filter(o -> !o.equals(r) && Math.abs(o.due() - r.due()) <= NEARBY_MINUTES
                    && shareASkill(byReferral.get(o), byReferral.get(r))).toList());
        }
    }

    @Override
    public long getSize(ScoreDirector<AllocationPlan> scoreDirector) {
        long referrals = scoreDirector.getWorkingSolution().getReferrals().size();
        return referrals * referrals;
    }

    @Override
    public Iterator<PlaceTasksMove> createOriginalMoveIterator(ScoreDirector<AllocationPlan> scoreDirector) {
        throw new UnsupportedOperationException("referral moves are selected at random");
    }

    @Override
    public Iterator<PlaceTasksMove> createRandomMoveIterator(ScoreDirector<AllocationPlan> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public PlaceTasksMove next() {
                return move(scoreDirector.getWorkingSolution(), random);
            }
        };
    }

    private PlaceTasksMove move(AllocationPlan plan, Random random) {
        if (referrals.isEmpty()) {
            return new PlaceTasksMove("nothing to move: every task is pinned", List.of(), List.of(), List.of());
        }
        ScreeningReferral first = referrals.get(random.nextInt(referrals.size()));
        int kind = random.nextInt(4);
        if (kind == 0) {
            List<ScreeningTask> tasks = byReferral.get(first);
            List<StaffMember> none = new ArrayList<>();
            List<Integer> never = new ArrayList<>();
            tasks.forEach(t -> {
                none.add(null);
                never.add(null);
            });
            return new PlaceTasksMove(first + " not today", tasks, none, never);
        }
        List<ScreeningReferral> order = new ArrayList<>(List.of(first));
        if (kind >= 2) {
            List<ScreeningReferral> around = nearby.get(first);
            if (!around.isEmpty()) {
                order.add(around.get(random.nextInt(around.size())));
            }
        }
        return placeInTurn(plan, order);
    }

    /** The referrals' tasks taken out of the plan, then put back whole at the earliest places, one referral after the other. */
    private PlaceTasksMove placeInTurn(AllocationPlan plan, List<ScreeningReferral> order) {
        List<ScreeningTask> moved = new ArrayList<>();
        order.forEach(r -> moved.addAll(byReferral.get(r)));
        java.util.Set<StaffMember> who = new java.util.HashSet<>();
        java.util.Set<String> before = new java.util.HashSet<>();
        moved.forEach(t -> {
            who.addAll(t.getEligibleStaff());
            before.addAll(t.getPredecessorIds());
        });
        Timetable booked = new Timetable();
        Map<String, Integer> ends = new HashMap<>();
        for (ScreeningTask t : plan.getTasks()) {
            if (t.isAssigned() && !moved.contains(t) && (who.contains(t.getStaff()) || before.contains(t.getId()))) {
                booked.book(t.getStaff(), t.getStart(), t.getEnd());
                ends.put(t.getId(), t.getEnd());
            }
        }
        List<StaffMember> staff = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (ScreeningTask t : moved) {
            int from = 0;
            for (String id : t.getPredecessorIds()) {
                from = Math.max(from, ends.getOrDefault(id, Integer.MAX_VALUE));
            }
            StaffMember best = null;
            int bestStart = Integer.MAX_VALUE;
            for (StaffMember s : from == Integer.MAX_VALUE ? List.<StaffMember>of() : t.getEligibleStaff()) {
                int at = booked.earliestFit(s, from, t.getMinutes());
                if (at < bestStart) {
                    best = s;
                    bestStart = at;
                }
            }
            staff.add(best);
            starts.add(best == null ? null : bestStart);
            if (best != null) {
                booked.book(best, bestStart, bestStart + t.getMinutes());
                ends.put(t.getId(), bestStart + t.getMinutes());
            }
        }
        return new PlaceTasksMove(order + " placed in turn", moved, staff, starts);
    }

    private static boolean shareASkill(List<ScreeningTask> a, List<ScreeningTask> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> x.getSkill() == y.getSkill()));
    }
}
