package frontdoor.planner;

import frontdoor.rules.RagRating;
import java.time.Instant;
import java.util.List;

/**
 * The plan for a day (docs/allocation.md "Plan input", version 1): the score, who does what when,
 * what is left with its reason, which referrals will be late and why, and each constraint's total.
 */
public record Plan(String score, List<Assignment> assignments, List<Unassigned> unassigned,
                   List<LateReferral> lateReferrals, List<ConstraintTotal> constraints, Bound bound) {

    /** A plan without its lower bound (plans stored before the bound, tests). */
    public Plan(String score, List<Assignment> assignments, List<Unassigned> unassigned,
                List<LateReferral> lateReferrals, List<ConstraintTotal> constraints) {
        this(score, assignments, unassigned, lateReferrals, constraints, null);
    }

    /** The same plan with other unassigned entries (a service adds the referrals it cannot plan). */
    public Plan withUnassigned(List<Unassigned> others) {
        return new Plan(score, assignments, others, lateReferrals, constraints, bound);
    }

    public record Assignment(String taskId, String staffId, Instant start, Instant end) {
    }

    /**
     * A task not done today, or (taskId null) a referral the plan cannot take at all: a service lists one
     * whose pathway has no task recipe, so that no referral drops out of the plan unseen.
     */
    public record Unassigned(String taskId, String referralId, String reason) {
    }

    /**
     * A referral that will be late or is left undone while due today. {@code cause} is
     * {@link Bound#UNAVOIDABLE} (no plan can have it on time) or {@link Bound#CAPACITY} (the day's work
     * outruns the staff time with {@code bottleneck}, the skill under the heaviest load before its due time).
     */
    public record LateReferral(String referralId, RagRating rag, int minutesLate, String reason, String cause,
                               String bottleneck) {
        public LateReferral(String referralId, RagRating rag, int minutesLate, String reason) {
            this(referralId, rag, minutesLate, reason, null, null);
        }
    }

    /**
     * How close the plan is to the best possible: no plan of this day misses fewer than
     * {@code weightedMisses} (RAG-weighted referrals late or left undone while due today); this plan misses
     * {@code planWeightedMisses}. The bound is the unavoidable misses (each named) plus the fewest further
     * misses that the tightest shortage of staff time before a deadline forces ({@code capacity}).
     */
    public record Bound(long weightedMisses, long planWeightedMisses, long unavoidable, List<UnavoidableMiss> unavoidableMisses,
                        Shortage capacity, String summary) {
        public static final String UNAVOIDABLE = "unavoidable";
        public static final String CAPACITY = "capacity";
    }

    /** A referral no plan can finish by its due time, and why (which chain of tasks does not fit). */
    public record UnavoidableMiss(String referralId, RagRating rag, String reason) {
    }

    /**
     * The tightest shortage: the work of {@code skills} that on-time referrals need between {@code from}
     * and {@code until} exceeds the free minutes of the staff with those skills by {@code minutesShort};
     * the fewest weighted misses that free that much work is {@code weightedMisses}. Null when no skill is short.
     */
    public record Shortage(List<String> skills, Instant from, Instant until, int workMinutes, int staffMinutes,
                           int minutesShort, long weightedMisses, String reason) {
    }

    /** A constraint's total on its level ("hard", "medium", "soft") and how many matches make it. */
    public record ConstraintTotal(String name, String level, long total, int matches) {
    }

    /** Sum of the RAG weights of the referrals that will be late or are left undone while due today. */
    public long weightedLateReferrals(java.util.function.ToLongFunction<RagRating> weight) {
        return lateReferrals.stream().mapToLong(late -> weight.applyAsLong(late.rag())).sum();
    }
}
