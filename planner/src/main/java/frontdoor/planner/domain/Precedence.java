package frontdoor.planner.domain;

/**
 * Task {@code beforeId} must end before task {@code afterId} starts: a check before its referral's
 * decision, the decision before the sign-off, or an explicit {@code after}. Ids, not tasks, so that the
 * fact stays valid in the solver's clones of the plan.
 */
public record Precedence(String beforeId, String afterId) {
}
