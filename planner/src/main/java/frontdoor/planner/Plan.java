package frontdoor.planner;

import frontdoor.rules.RagRating;
import java.time.Instant;
import java.util.List;

/**
 * The plan for a day (docs/allocation.md "Plan input", version 1): the score, who does what when,
 * what is left with its reason, which referrals will be late and why, and each constraint's total.
 */
public record Plan(String score, List<Assignment> assignments, List<Unassigned> unassigned,
                   List<LateReferral> lateReferrals, List<ConstraintTotal> constraints) {

    public record Assignment(String taskId, String staffId, Instant start, Instant end) {
    }

    /**
     * A task not done today, or (taskId null) a referral the plan cannot take at all: a service lists one
     * whose pathway has no task recipe, so that no referral drops out of the plan unseen.
     */
    public record Unassigned(String taskId, String referralId, String reason) {
    }

    public record LateReferral(String referralId, RagRating rag, int minutesLate, String reason) {
    }

    /** A constraint's total on its level ("hard", "medium", "soft") and how many matches make it. */
    public record ConstraintTotal(String name, String level, long total, int matches) {
    }

    /** Sum of the RAG weights of the referrals that will be late or are left undone while due today. */
    public long weightedLateReferrals(java.util.function.ToLongFunction<RagRating> weight) {
        return lateReferrals.stream().mapToLong(late -> weight.applyAsLong(late.rag())).sum();
    }
}
