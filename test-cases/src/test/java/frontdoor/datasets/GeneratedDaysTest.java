package frontdoor.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.planner.Plan;
import frontdoor.planner.PlanChecker;
import frontdoor.planner.PlanInput;
import frontdoor.planner.PlanReader;
import frontdoor.planner.Planner;
import frontdoor.planner.Weights;
import frontdoor.planner.domain.AllocationWeights;
import frontdoor.rules.Json;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Generated days solved for a few seconds: every plan keeps the hard rules and is no worse than the baseline. */
class GeneratedDaysTest {
    static final AllocationWeights WEIGHTS = Weights.shipped();
    static final Planner PLANNER = new Planner(WEIGHTS);

    static long weightedLate(Plan plan) {
        return plan.weightedLateReferrals(WEIGHTS::ragWeight);
    }

    @ParameterizedTest
    @EnumSource(value = DaySize.class, names = {"NORMAL", "BUSY", "OVERLOADED"})
    void solvedPlansKeepEveryHardRuleAndBeatOrEqualTheGreedyBaseline(DaySize size) {
        PlanInput day = DayGenerator.generate(size, 42);
        Plan greedy = PLANNER.greedy(day);
        Plan solved = PLANNER.solve(day, Duration.ofSeconds(4));
        assertThat(PlanChecker.violations(day, greedy)).as("greedy").isEmpty();
        assertThat(PlanChecker.violations(day, solved)).as("solver").isEmpty();
        assertThat(solved.score()).startsWith("0hard/");
        assertThat(weightedLate(solved)).as("weighted late referrals, solver vs greedy %s", weightedLate(greedy))
                .isLessThanOrEqualTo(weightedLate(greedy));
        if (size == DaySize.OVERLOADED) {
            // The search by referral keeps the best set of referrals on time; greedy spends the health morning on the first due.
            assertThat(weightedLate(solved)).isLessThanOrEqualTo(weightedLate(greedy) * 3 / 4);
        }
        // The lower bound holds for both plans, and each plan reports its own misses against it.
        assertThat(solved.bound().planWeightedMisses()).isEqualTo(weightedLate(solved));
        assertThat(greedy.bound().planWeightedMisses()).isEqualTo(weightedLate(greedy));
        assertThat(solved.bound().weightedMisses()).isEqualTo(greedy.bound().weightedMisses())
                .isLessThanOrEqualTo(weightedLate(solved));
        System.out.printf("%s: greedy %s weighted late %d; solver %s weighted late %d%n", size, greedy.score(),
                weightedLate(greedy), solved.score(), weightedLate(solved));
    }

    @Test
    void theOverloadedDayIsShortOfHealthCapacityAndSaysSo() {
        PlanInput day = DayGenerator.generate(DaySize.OVERLOADED, 42);
        Plan plan = PLANNER.greedy(day);
        assertThat(plan.unassigned()).isNotEmpty();
        assertThat(plan.unassigned()).anyMatch(u -> u.reason().contains("HEALTH_SYSTEMS") && u.reason().contains("(no capacity)"));
        assertThat(plan.lateReferrals()).isNotEmpty().allMatch(l -> !l.reason().isBlank());
    }

    @Test
    void daysAreDeterministicFromTheSeedAndReadBackAsValidInput() throws Exception {
        String once = Json.MAPPER.writeValueAsString(DayGenerator.generate(DaySize.BUSY, 7));
        assertThat(Json.MAPPER.writeValueAsString(DayGenerator.generate(DaySize.BUSY, 7))).isEqualTo(once);
        assertThat(Json.MAPPER.writeValueAsString(DayGenerator.generate(DaySize.BUSY, 8))).isNotEqualTo(once);
        assertThat(PlanReader.read(once)).isEqualTo(DayGenerator.generate(DaySize.BUSY, 7));
    }

    @Test
    void theRegionalDayHasItsSizeAndAFeasibleBaseline() {
        PlanInput day = DayGenerator.generate(DaySize.REGIONAL, 42);
        assertThat(day.staff()).hasSize(200);
        assertThat(day.tasks().stream().map(PlanInput.Task::referralId).collect(Collectors.toSet())).hasSize(600);
        assertThat(day.tasks().size()).isBetween(2200, 2800);
        Plan greedy = PLANNER.greedy(day);
        assertThat(PlanChecker.violations(day, greedy)).isEmpty();
        assertThat(greedy.bound().weightedMisses()).isLessThanOrEqualTo(greedy.bound().planWeightedMisses());
    }

    @ParameterizedTest
    @EnumSource(value = DaySize.class, names = {"BUSY", "OVERLOADED"})
    void theBoundIsNeverAboveAPlanOnOtherSeeds(DaySize size) {
        for (long seed : new long[] {7, 1001, 2024}) {
            Plan greedy = PLANNER.greedy(DayGenerator.generate(size, seed));
            assertThat(greedy.bound().weightedMisses()).as("seed %d", seed).isLessThanOrEqualTo(greedy.bound().planWeightedMisses());
        }
    }

    @ParameterizedTest
    @EnumSource(value = DaySize.class, names = {"TEAM40_100", "TEAM40_150", "TEAM200_600"})
    void theScaledDaysHaveTheirSizeAndTheBoundHoldsOnThem(DaySize size) {
        for (long seed : new long[] {7, 1001}) {
            PlanInput day = DayGenerator.generate(size, seed);
            assertThat(day.staff()).hasSize(size.staff()).hasSize(size.name().startsWith("TEAM40") ? 40 : 200);
            assertThat(day.tasks().stream().map(PlanInput.Task::referralId).distinct().count()).isEqualTo(size.referrals);
            Plan greedy = PLANNER.greedy(day);
            assertThat(PlanChecker.violations(day, greedy)).as("seed %d", seed).isEmpty();
            assertThat(greedy.bound().weightedMisses()).as("seed %d", seed).isLessThanOrEqualTo(greedy.bound().planWeightedMisses());
        }
    }
}
