package frontdoor.planner.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A family, a referral's agency checks or a worker's load: what it is and a sentence about it. */
public record GroupJustification(String subject, String description) implements ConstraintJustification {
}
