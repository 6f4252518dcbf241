package frontdoor.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import frontdoor.planner.domain.AllocationWeights;
import frontdoor.planner.domain.TaskKind;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.RagRating;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The shipped weights and recipes, and what a broken file is told. */
class PolicyFilesTest {

    @Test
    void shippedWeightsAreAllocationMdDefaults() {
        AllocationWeights weights = Weights.shipped();
        assertThat(weights.ragWeight(RagRating.RED)).isEqualTo(100);
        assertThat(weights.ragWeight(RagRating.AMBER)).isEqualTo(10);
        assertThat(weights.ragWeight(RagRating.GREEN)).isEqualTo(1);
        assertThat(Weights.byName(weights)).hasSize(11)
                .containsEntry(AllocationWeights.ONE_TASK_AT_A_TIME, HardMediumSoftLongScore.ofHard(1))
                .containsEntry(AllocationWeights.REFERRAL_MISSED, HardMediumSoftLongScore.ofMedium(1000))
                .containsEntry(AllocationWeights.WORKLOAD_IMBALANCE, HardMediumSoftLongScore.ofSoft(1));
        assertThat(weights.version()).isEqualTo("default-1");
    }

    @Test
    void aChangedWeightsFileTakesEffect() {
        String json = Resources.text(Weights.SHIPPED).replace("\"RED\": 100", "\"RED\": 500")
                .replace("\"Minutes late\": { \"level\": \"medium\", \"weight\": 1 }", "\"Minutes late\": { \"level\": \"soft\", \"weight\": 3 }");
        AllocationWeights weights = Weights.read(json);
        assertThat(weights.ragWeight(RagRating.RED)).isEqualTo(500);
        assertThat(Weights.byName(weights)).containsEntry(AllocationWeights.MINUTES_LATE, HardMediumSoftLongScore.ofSoft(3));
    }

    @Test
    void aBrokenWeightsFileIsRefusedWithEveryProblem() {
        String json = Resources.text(Weights.SHIPPED).replace("\"GREEN\": 1", "\"GREEN\": -1")
                .replace("\"Pinned tasks stay\"", "\"Pinned tasks move\"").replace("\"level\": \"soft\", \"weight\": 500", "\"level\": \"urgent\", \"weight\": 500");
        InvalidInputException e = catchThrowableOfType(() -> Weights.read(json), InvalidInputException.class);
        assertThat(e.problems()).extracting(p -> p.path() + ": " + p.reason()).containsExactlyInAnyOrder(
                "$.rag.GREEN: must be a whole number from 0 to 1000000",
                "$.constraints.Pinned tasks move: unknown field",
                "$.constraints[\"Pinned tasks stay\"]: is required",
                "$.constraints[\"Family's decisions split across workers\"].level: must be hard, medium or soft");
    }

    @Test
    void recipesTurnAReferralIntoItsTasks() {
        var tasks = TaskRecipes.shipped().tasksFor("R-7", "F-3", "MASH_ENQUIRY", RagRating.RED, Instant.parse("2026-03-10T13:00:00Z"));
        assertThat(tasks).extracting(PlanInput.Task::kind).containsExactly(TaskKind.POLICE_CHECK, TaskKind.HEALTH_CHECK,
                TaskKind.EDUCATION_CHECK, TaskKind.SOCIAL_CARE_CHECK, TaskKind.SCREENING_DECISION, TaskKind.MANAGER_SIGN_OFF);
        assertThat(tasks).extracting(PlanInput.Task::minutes).containsExactly(30, 30, 20, 20, 60, 15);
        assertThat(tasks).extracting(PlanInput.Task::id).startsWith("R-7-1", "R-7-2");
        assertThat(tasks).allMatch(t -> t.referralId().equals("R-7") && t.familyId().equals("F-3") && t.rag() == RagRating.RED);
        var amber = TaskRecipes.shipped().tasksFor("R-8", "F-4", "NO_FURTHER_ACTION", RagRating.AMBER, Instant.parse("2026-03-11T13:00:00Z"));
        assertThat(amber).extracting(PlanInput.Task::minutes).containsExactly(20, 45, 15);
        assertThat(TaskRecipes.shipped().pathways()).hasSize(10);
    }

    @Test
    void aBrokenRecipesFileIsRefusedWithEveryProblem() {
        String json = Resources.text(TaskRecipes.SHIPPED).replace("\"MANAGER_SIGN_OFF\": 15", "\"MANAGER_SIGN_OFF\": 0")
                .replace("\"NO_FURTHER_ACTION\": [\"SOCIAL_CARE_CHECK\"]", "\"NO_FURTHER_ACTION\": [\"SCREENING_DECISION\"]");
        InvalidInputException e = catchThrowableOfType(() -> TaskRecipes.read(json), InvalidInputException.class);
        assertThat(e.problems()).extracting(p -> p.path() + ": " + p.reason()).containsExactlyInAnyOrder(
                "$.minutes.MANAGER_SIGN_OFF: must be a whole number from 1 to 720",
                "$.checks.NO_FURTHER_ACTION[0]: must be one of POLICE_CHECK, HEALTH_CHECK, EDUCATION_CHECK, SOCIAL_CARE_CHECK");
    }
}
