package frontdoor.planner;

import frontdoor.planner.bound.LowerBound;
import frontdoor.planner.domain.AllocationPlan;
import frontdoor.planner.domain.ScreeningReferral;
import frontdoor.planner.domain.ScreeningTask;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The solver's start: greedy plans in several orders, kept if better. Earliest deadline first (the
 * baseline, so the solver never ends worse than it), urgent work due today first, then rounds of "squeaky
 * wheel": the referrals that came out late move up the order and the day is filled again (two
 * schedules of how far they move); then, for most of the time, whole referrals ({@link ReferralSearch}):
 * which referrals due today are on time is decided by ruin and recreate.
 * Local search moves one task at a time and rarely makes room for a whole referral; this does.
 */
final class StartingPlan {
    private static final int ROUNDS = 30;
    /** How far a late referral moves up the order in each round: gently, then faster and faster. */
    private static final List<IntUnaryOperator> BOOSTS = List.of(round -> 1 + round, round -> round * round);
    private final Supplier<AllocationPlan> problem;
    private final UnaryOperator<AllocationPlan> score;

    /** @param score sets the plan's score and returns the plan */
    StartingPlan(Supplier<AllocationPlan> problem, UnaryOperator<AllocationPlan> score) {
        this.problem = problem;
        this.score = score;
    }

    /** The best plan found; the squeaky-wheel rounds stop at {@code deadline} (System.nanoTime()). */
    AllocationPlan best(long deadline) {
        long now = System.nanoTime();
        AllocationPlan best = better(fill(GreedyPlanner.EARLIEST_DEADLINE), fill(GreedyPlanner.URGENT_TODAY_FIRST));
        best = squeakyWheel(best, now + (deadline - now) / 4);
        if (best.getScore().mediumScore() == 0) {
            return best; // nothing late: the search by referral has nothing to decide
        }
        AllocationPlan problem = this.problem.get();
        ReferralFill byReferral = new ReferralFill(problem);
        long floor = LowerBound.of(problem).weightedMisses();
        return better(best, score.apply(byReferral.apply(new ReferralSearch(byReferral).best(deadline, floor), problem)));
    }

    private AllocationPlan squeakyWheel(AllocationPlan best, long deadline) {
        AllocationPlan start = best;
        for (IntUnaryOperator boost : BOOSTS) {
            Map<ScreeningReferral, Integer> rank = ranks(start, GreedyPlanner.URGENT_TODAY_FIRST);
            AllocationPlan current = start;
            for (int round = 1; round <= ROUNDS && System.nanoTime() < deadline; round++) {
                List<ScreeningReferral> late = late(current);
                if (late.isEmpty()) {
                    return better(best, current);
                }
                int by = boost.applyAsInt(round);
                late.forEach(r -> rank.merge(r, -by, Integer::sum));
                current = fill(Comparator.comparingInt((ScreeningTask t) -> rank.get(t.getReferral()))
                        .thenComparing(GreedyPlanner.EARLIEST_DEADLINE));
                best = better(best, current);
            }
        }
        return best;
    }

    private AllocationPlan fill(Comparator<ScreeningTask> order) {
        return score.apply(GreedyPlanner.plan(problem.get(), order));
    }

    private static AllocationPlan better(AllocationPlan a, AllocationPlan b) {
        return b.getScore().compareTo(a.getScore()) > 0 ? b : a;
    }

    /** Each referral's place in the order, by its first task. */
    private static Map<ScreeningReferral, Integer> ranks(AllocationPlan plan, Comparator<ScreeningTask> order) {
        Map<ScreeningReferral, Integer> rank = new HashMap<>();
        plan.getTasks().stream().sorted(order).forEach(t -> rank.putIfAbsent(t.getReferral(), rank.size()));
        return rank;
    }

    private static List<ScreeningReferral> late(AllocationPlan plan) {
        Map<ScreeningReferral, Integer> completion = new HashMap<>();
        plan.getTasks().forEach(t -> completion.merge(t.getReferral(), t.getCompletion(), Math::max));
        return completion.entrySet().stream().filter(e -> e.getKey().missed(e.getValue())).map(Map.Entry::getKey).toList();
    }
}
