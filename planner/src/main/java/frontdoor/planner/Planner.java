package frontdoor.planner;

import frontdoor.planner.domain.AllocationPlan;
import frontdoor.planner.domain.AllocationWeights;
import java.time.Duration;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The daily allocation planner's API: plan input in, the plan with its reasons out. Solving starts from
 * the earliest-deadline-first plan and stops at the time limit, or earlier once the best plan has not
 * improved for a fifth of it (at least 2 seconds).
 */
public final class Planner {
    public static final String SOLVER_CONFIG = "allocation/solverConfig.xml";
    private final AllocationWeights weights;
    private final SolutionManager<AllocationPlan, HardMediumSoftLongScore> solutionManager;

    public Planner(AllocationWeights weights) {
        this.weights = weights;
        this.solutionManager = SolutionManager.create(SolverFactory.create(solverConfig(Duration.ofSeconds(1))));
    }

    /** A planner with the shipped weights ({@code allocation/weights.json}). */
    public static Planner withShippedWeights() {
        return new Planner(Weights.shipped());
    }

    /** Plans the day. @throws frontdoor.rules.InvalidInputException naming every problem of the input */
    public Plan solve(PlanInput input, Duration limit) {
        return report(solve(startingPlan(input), limit));
    }

    /**
     * The better of two greedy plans as the solver's start: earliest deadline first (the baseline, so the
     * solver never ends worse than it) and urgent work due today first.
     */
    public AllocationPlan startingPlan(PlanInput input) {
        AllocationPlan byDeadline = GreedyPlanner.plan(problem(input));
        solutionManager.update(byDeadline);
        AllocationPlan byUrgency = GreedyPlanner.plan(problem(input), GreedyPlanner.URGENT_TODAY_FIRST);
        solutionManager.update(byUrgency);
        return byUrgency.getScore().compareTo(byDeadline.getScore()) > 0 ? byUrgency : byDeadline;
    }

    /** The earliest-deadline-first baseline for the same day, reported the same way. */
    public Plan greedy(PlanInput input) {
        return report(GreedyPlanner.plan(problem(input)));
    }

    /** The solver's problem for a day, every task unassigned except the pinned ones. */
    public AllocationPlan problem(PlanInput input) {
        return AllocationPlanBuilder.build(input, weights);
    }

    /** Improves {@code start} (its assignments are the starting point) for at most {@code limit}. */
    public AllocationPlan solve(AllocationPlan start, Duration limit) {
        return SolverFactory.<AllocationPlan>create(solverConfig(limit)).buildSolver().solve(start);
    }

    /** The plan a manager reads, with every constraint's total and the reason for each late or left task. */
    public Plan report(AllocationPlan solved) {
        return PlanReport.of(solved, solutionManager.explain(solved));
    }

    /** The shipped solver configuration with the time limit and the unimproved-time limit set. */
    public static SolverConfig solverConfig(Duration limit) {
        Duration unimproved = limit.dividedBy(5).compareTo(Duration.ofSeconds(2)) > 0 ? limit.dividedBy(5) : Duration.ofSeconds(2);
        return SolverConfig.createFromXmlResource(SOLVER_CONFIG).withTerminationConfig(new TerminationConfig()
                .withSpentLimit(limit)
                .withUnimprovedSpentLimit(unimproved.compareTo(limit) < 0 ? unimproved : limit));
    }
}
