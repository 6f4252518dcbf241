package frontdoor.planner.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why one task (or a pair of tasks) costs the plan something, in a sentence a manager can read. */
public record TaskJustification(String taskId, String referralId, String description) implements ConstraintJustification {
}
