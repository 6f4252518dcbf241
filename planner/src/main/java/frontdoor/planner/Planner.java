package frontdoor.planner;

import frontdoor.planner.bound.LowerBound;
import frontdoor.planner.domain.AllocationPlan;
import frontdoor.planner.domain.AllocationWeights;
import java.time.Duration;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The daily allocation planner's API: plan input in, the plan with its reasons out. The starting plan
 * (the best of several greedy plans, never worse than earliest deadline first, and of a search over which
 * referrals are on time: see {@link StartingPlan}) takes up to three quarters of the time limit, or less
 * once it meets the lower bound; local search then improves it and stops at the limit, or earlier once the
 * best plan has not improved for a fifth of its share (at least 2 seconds).
 */
public final class Planner {
    public static final String SOLVER_CONFIG = "allocation/solverConfig.xml";
    private final AllocationWeights weights;
    private final SolutionManager<AllocationPlan, HardMediumSoftLongScore> solutionManager;
    private volatile Object[] lastBound;

    public Planner(AllocationWeights weights) {
        this.weights = weights;
        this.solutionManager = SolutionManager.create(SolverFactory.create(solverConfig(Duration.ofSeconds(1))));
    }

    /** The weights this planner scores with (for the policy page). */
    public AllocationWeights weights() {
        return weights;
    }

    /** A planner with the shipped weights ({@code allocation/weights.json}). */
    public static Planner withShippedWeights() {
        return new Planner(Weights.shipped());
    }

    /** Plans the day. @throws frontdoor.rules.InvalidInputException naming every problem of the input */
    public Plan solve(PlanInput input, Duration limit) {
        return report(solve(input, limit, better -> { }));
    }

    /**
     * Plans the day within {@code limit}, the starting plan's time included, telling {@code onBetter} of the
     * starting plan and of each better plan found after it (benchmarks time the final plan with it).
     */
    public AllocationPlan solve(PlanInput input, Duration limit, java.util.function.Consumer<AllocationPlan> onBetter) {
        long started = System.nanoTime();
        AllocationPlan start = startingPlan(input, limit.multipliedBy(3).dividedBy(4));
        onBetter.accept(start);
        Solver<AllocationPlan> solver = SolverFactory.<AllocationPlan>create(solverConfig(limit.minusNanos(System.nanoTime() - started))).buildSolver();
        solver.addEventListener(event -> onBetter.accept(event.getNewBestSolution()));
        return solver.solve(start);
    }

    /** The solver's start for a day: the best of several greedy plans made within about {@code budget} (see {@link StartingPlan}). */
    public AllocationPlan startingPlan(PlanInput input, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        PlanInputChecks.check(input);
        return new StartingPlan(() -> AllocationPlanBuilder.build(input, weights), plan -> {
            solutionManager.update(plan);
            return plan;
        }).best(deadline);
    }

    /** The earliest-deadline-first baseline for the same day, reported the same way. */
    public Plan greedy(PlanInput input) {
        return report(GreedyPlanner.plan(problem(input)));
    }

    /** The solver's problem for a day, every task unassigned except the pinned ones. */
    public AllocationPlan problem(PlanInput input) {
        PlanInputChecks.check(input);
        return AllocationPlanBuilder.build(input, weights);
    }

    /** Improves {@code start} (its assignments are the starting point) for at most {@code limit}. */
    public AllocationPlan solve(AllocationPlan start, Duration limit) {
        return SolverFactory.<AllocationPlan>create(solverConfig(limit)).buildSolver().solve(start);
    }

    /** The plan a manager reads, with every constraint's total and the reason for each late or left task. */
    public Plan report(AllocationPlan solved) {
        return PlanReport.of(solved, solutionManager.explain(solved), bound(solved));
    }

    /**
     * The lower bound of a plan's day: worked out once per problem (the plans the solver finds for it share
     * its referrals, so the last one is kept).
     */
    public LowerBound bound(AllocationPlan plan) {
        Object[] last = lastBound;
        if (last != null && last[0] == plan.getReferrals() && last[1] == plan.getStaff()) {
            return (LowerBound) last[2];
        }
        LowerBound bound = LowerBound.of(plan);
        lastBound = new Object[] {plan.getReferrals(), plan.getStaff(), bound};
        return bound;
    }

    /** The shipped solver configuration with the time limit and the unimproved-time limit set. */
    public static SolverConfig solverConfig(Duration limit) {
        limit = Duration.ofMillis(Math.max(1, limit.toMillis())); // OptaPlanner takes whole milliseconds
        Duration fifth = Duration.ofMillis(limit.toMillis() / 5);
        Duration unimproved = fifth.compareTo(Duration.ofSeconds(2)) > 0 ? fifth : Duration.ofSeconds(2);
        return SolverConfig.createFromXmlResource(SOLVER_CONFIG).withTerminationConfig(new TerminationConfig()
                .withSpentLimit(limit)
                .withUnimprovedSpentLimit(unimproved.compareTo(limit) < 0 ? unimproved : limit));
    }
}
