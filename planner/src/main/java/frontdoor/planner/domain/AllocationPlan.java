package frontdoor.planner.domain;

import java.util.List;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** One day's allocation: the team, the referrals, the tasks and where each task sits. */
@PlanningSolution
public class AllocationPlan {
    /** Start times are on a 5-minute grain. */
    public static final int GRAIN = 5;

    @ProblemFactProperty
    private PlanningDay day;
    @ProblemFactCollectionProperty
    private List<StaffMember> staff;
    @ProblemFactCollectionProperty
    private List<ScreeningReferral> referrals;
    @ProblemFactCollectionProperty
    private List<Precedence> precedences;
    @PlanningEntityCollectionProperty
    private List<ScreeningTask> tasks;
    @ConstraintConfigurationProvider
    private AllocationWeights weights;
    @PlanningScore
    private HardMediumSoftLongScore score;
    private List<Integer> startMinutes;

    public AllocationPlan() {
    }

    public AllocationPlan(PlanningDay day, List<StaffMember> staff, List<ScreeningReferral> referrals,
                          List<Precedence> precedences, List<ScreeningTask> tasks, AllocationWeights weights) {
        this.day = day;
        this.staff = staff;
        this.referrals = referrals;
        this.precedences = precedences;
        this.tasks = tasks;
        this.weights = weights;
    }

    /** Every grain from the start of the day to its end. */
    @ValueRangeProvider(id = "startMinutes")
    public List<Integer> getStartMinutes() {
        if (startMinutes == null) {
            startMinutes = java.util.stream.IntStream.iterate(0, m -> m < day.end(), m -> m + GRAIN).boxed().toList();
        }
        return startMinutes;
    }

    public PlanningDay getDay() {
        return day;
    }

    public List<StaffMember> getStaff() {
        return staff;
    }

    public List<ScreeningReferral> getReferrals() {
        return referrals;
    }

    public List<Precedence> getPrecedences() {
        return precedences;
    }

    public List<ScreeningTask> getTasks() {
        return tasks;
    }

    public AllocationWeights getWeights() {
        return weights;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
