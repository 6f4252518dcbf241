package frontdoor.planner.domain;

import frontdoor.rules.RagRating;
import java.util.EnumMap;
import java.util.Map;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The weight of each constraint and of each RAG rating. Policy data: read from
 * {@code allocation/weights.json} by {@code frontdoor.planner.Weights}, never fixed in code; the names
 * are the constraints' human names (docs/allocation.md "What the plan optimises").
 */
@ConstraintConfiguration
public class AllocationWeights {
    public static final String REQUIRED_SKILL = "Worker has the task's skill";
    public static final String INSIDE_WORKING_WINDOW = "Task inside a working window";
    public static final String ONE_TASK_AT_A_TIME = "One task at a time";
    public static final String PRECEDENCE = "Precedence within a referral";
    public static final String PINNED_TASKS_STAY = "Pinned tasks stay";
    public static final String REFERRAL_MISSED = "Referral missed";
    public static final String MINUTES_LATE = "Minutes late";
    public static final String TASK_LEFT_FOR_ANOTHER_DAY = "Task left for another day";
    public static final String FAMILY_DECISIONS_SPLIT = "Family's decisions split across workers";
    public static final String AGENCY_CHECKS_SPLIT = "Referral's checks of one agency split across workers";
    public static final String WORKLOAD_IMBALANCE = "Workload imbalance";

    @ConstraintWeight(REQUIRED_SKILL)
    HardMediumSoftLongScore requiredSkill = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight(INSIDE_WORKING_WINDOW)
    HardMediumSoftLongScore insideWorkingWindow = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight(ONE_TASK_AT_A_TIME)
    HardMediumSoftLongScore oneTaskAtATime = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight(PRECEDENCE)
    HardMediumSoftLongScore precedence = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight(PINNED_TASKS_STAY)
    HardMediumSoftLongScore pinnedTasksStay = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight(REFERRAL_MISSED)
    HardMediumSoftLongScore referralMissed = HardMediumSoftLongScore.ONE_MEDIUM;
    @ConstraintWeight(MINUTES_LATE)
    HardMediumSoftLongScore minutesLate = HardMediumSoftLongScore.ONE_MEDIUM;
    @ConstraintWeight(TASK_LEFT_FOR_ANOTHER_DAY)
    HardMediumSoftLongScore taskLeftForAnotherDay = HardMediumSoftLongScore.ONE_SOFT;
    @ConstraintWeight(FAMILY_DECISIONS_SPLIT)
    HardMediumSoftLongScore familyDecisionsSplit = HardMediumSoftLongScore.ONE_SOFT;
    @ConstraintWeight(AGENCY_CHECKS_SPLIT)
    HardMediumSoftLongScore agencyChecksSplit = HardMediumSoftLongScore.ONE_SOFT;
    @ConstraintWeight(WORKLOAD_IMBALANCE)
    HardMediumSoftLongScore workloadImbalance = HardMediumSoftLongScore.ONE_SOFT;

    private final Map<RagRating, Long> ragWeights = new EnumMap<>(RagRating.class);
    private String version = "unversioned";

    public AllocationWeights() {
        ragWeights.put(RagRating.RED, 100L);
        ragWeights.put(RagRating.AMBER, 10L);
        ragWeights.put(RagRating.GREEN, 1L);
    }

    public long ragWeight(RagRating rag) {
        return ragWeights.get(rag);
    }

    public void setRagWeight(RagRating rag, long weight) {
        ragWeights.put(rag, weight);
    }

    public String version() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
