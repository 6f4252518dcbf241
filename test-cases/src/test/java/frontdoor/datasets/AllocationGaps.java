package frontdoor.datasets;

import frontdoor.planner.Plan;
import frontdoor.planner.PlanChecker;
import frontdoor.planner.PlanInput;
import frontdoor.planner.Planner;
import frontdoor.planner.domain.AllocationPlan;
import java.time.Duration;

/**
 * Per generated day and seed: the greedy plan's weighted misses, the planner's, the lower bound, the gap
 * to it, and when the final plan was reached, all inside the time limit the manager gives (the starting
 * plan's time counts). Outside the test suite, like {@link AllocationBenchmark}:
 *
 * <pre>
 * cd test-cases
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) frontdoor.datasets.AllocationGaps BUSY:20,OVERLOADED:20,REGIONAL:50 42,7,1001
 * </pre>
 */
public final class AllocationGaps {
    private AllocationGaps() {
    }

    public static void main(String[] args) {
        String days = args.length > 0 ? args[0] : "BUSY:20,OVERLOADED:20,REGIONAL:50";
        String seeds = args.length > 1 ? args[1] : "42";
        Planner planner = Planner.withShippedWeights();
        System.out.println("| day | seed | referrals / staff / tasks | limit | greedy | plan | bound (unavoidable + capacity) | gap | hard | starting plan | final plan reached |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (String entry : days.split(",")) {
            DaySize size = DaySize.valueOf(entry.split(":")[0]);
            Duration limit = Duration.ofSeconds(Long.parseLong(entry.split(":")[1]));
            for (String seed : seeds.split(",")) {
                PlanInput day = DayGenerator.generate(size, Long.parseLong(seed));
                System.out.println(row(planner, size, seed, day, limit));
            }
        }
    }

    private static String row(Planner planner, DaySize size, String seed, PlanInput day, Duration limit) {
        long greedy = planner.greedy(day).bound().planWeightedMisses();
        long started = System.nanoTime();
        long[] reached = {0, 0, Long.MIN_VALUE}; // the final plan's time, the starting plan's time, the best misses level so far
        AllocationPlan solved = planner.solve(day, limit, better -> {
            long now = (System.nanoTime() - started) / 1_000_000;
            if (reached[2] == Long.MIN_VALUE) {
                reached[1] = now;
            }
            if (better.getScore().hardScore() < 0 || better.getScore().mediumScore() > reached[2]) {
                reached[2] = better.getScore().mediumScore();
                reached[0] = now;
            }
        });
        long startMillis = reached[1];
        long[] lastBest = {reached[0]};
        Plan plan = planner.report(solved);
        Plan.Bound bound = plan.bound();
        if (Boolean.getBoolean("late")) {
            plan.lateReferrals().forEach(l -> System.out.println("  " + l.referralId() + " " + l.rag() + " " + l.cause() + " " + l.bottleneck() + ": " + l.reason()));
            System.out.println("  shortage: " + (bound.capacity() == null ? "none" : bound.capacity().reason()));
        }
        long gap = bound.weightedMisses() == 0 ? plan.bound().planWeightedMisses() : Math.round(100.0 * (bound.planWeightedMisses() - bound.weightedMisses()) / bound.weightedMisses());
        return String.format("| %s | %s | %d / %d / %d | %d s | %d | %d | %d (%d + %d) | %s | %d | %.1f s | %.1f s |",
                size.name().toLowerCase(), seed, day.tasks().stream().map(PlanInput.Task::referralId).distinct().count(),
                day.staff().size(), day.tasks().size(), limit.toSeconds(), greedy, bound.planWeightedMisses(), bound.weightedMisses(),
                bound.unavoidable(), bound.weightedMisses() - bound.unavoidable(),
                bound.weightedMisses() == 0 ? (gap == 0 ? "0" : "+" + gap) : gap + "%",
                PlanChecker.violations(day, plan).size(), startMillis / 1000.0, lastBest[0] / 1000.0);
    }
}
