package frontdoor.service.allocation;

import static frontdoor.service.allocation.Day.input;
import static frontdoor.service.allocation.Day.plan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.planner.Plan;
import frontdoor.service.policy.PolicyFiles;
import frontdoor.service.policy.UncheckedVersion;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A referral whose pathway has no task recipe gets no tasks, and every plan lists it as unassigned with
 * the reason, so the manager sees it will not be worked. Here the recipes in force lack STRATEGY_DISCUSSION
 * (the pathway of the test referrals): the shipped recipes have one for every pathway, and the policy
 * checks refuse to publish recipes without, so the version is put in force past the checks.
 */
@AllocationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnplannedReferralTest {
    static final String REASON = "no task recipe for pathway STRATEGY_DISCUSSION in recipes.json version test-without-strategy-1;"
            + " this referral will not be worked by the plan: screen it by hand (no recipe).";

    static final String RECIPES_WITHOUT_STRATEGY_DISCUSSION = """
            { "version": "test-without-strategy-1",
              "minutes": { "POLICE_CHECK": 30, "HEALTH_CHECK": 30, "EDUCATION_CHECK": 20, "SOCIAL_CARE_CHECK": 20,
                           "SCREENING_DECISION": 45, "MANAGER_SIGN_OFF": 15 },
              "checks": { "NO_FURTHER_ACTION": ["SOCIAL_CARE_CHECK"] } }""";

    @Autowired
    ApplicationContext context;
    UncheckedVersion recipes;
    @Autowired
    MockMvc mvc;
    Day day;
    String referral;

    @BeforeAll
    void aTeamAndAReferralWithoutARecipe() throws Exception {
        // The checks refuse to publish such recipes; a version in force that has them must still be seen.
        recipes = UncheckedVersion.putInForce(context, Map.of(PolicyFiles.RECIPES, RECIPES_WITHOUT_STRATEGY_DISCUSSION));
        day = new Day(mvc);
        day.team();
        referral = day.referral(Duration.ofMinutes(5));
    }

    @AfterAll
    void itIsDecided() throws Exception {
        day.decideAll();
        recipes.close();
    }

    @Test
    void aReferralWithoutARecipeIsListedAsUnassignedWithItsReasonInEveryPlan() throws Exception {
        JsonNode started = day.start();
        String id = started.get("id").asText();
        assertListedWithoutTasks(started);
        assertListedWithoutTasks(day.finished(id)); // the solver's plans too
        assertListedWithoutTasks(day.change(id, "{\"type\": \"REFERRAL_ARRIVED\", \"referralId\": \"" + referral + "\"}"));
        assertListedWithoutTasks(day.finished(id));
    }

    private void assertListedWithoutTasks(JsonNode view) throws Exception {
        assertThat(plan(view).unassigned()).containsExactly(new Plan.Unassigned(null, referral, REASON));
        assertThat(plan(view).assignments()).isEmpty();
        assertThat(input(view).tasks()).noneMatch(t -> t.referralId().equals(referral));
    }
}
