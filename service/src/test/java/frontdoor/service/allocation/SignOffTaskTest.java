package frontdoor.service.allocation;

import static frontdoor.service.Referrals.json;
import static frontdoor.service.Referrals.newId;
import static frontdoor.service.Referrals.post;
import static frontdoor.service.Referrals.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.planner.PlanInput;
import frontdoor.service.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The plan's tasks follow the decision: before it, checks and the decision; after it, only the sign-off; after that, nothing. */
@ServiceTest
class SignOffTaskTest {
    static final String AS_RECOMMENDED = """
            {"thresholdLevel": 4, "rag": "RED", "pathway": "STRATEGY_DISCUSSION", "actions": ["MARAC_REFERRAL"], "rationale": "Agree"}""";
    @Autowired
    MockMvc mvc;
    @Autowired
    ScreeningWork work;

    @Test
    void theSignOffIsPlannedAfterTheDecisionUntilItIsDone() throws Exception {
        String id = newId();
        // received long ago, so it is among the earliest due of the referrals other tests left in screening
        submit(mvc, json(id, "2019-06-02", "n").replace("2026-11-23T09:15:00Z", "2020-01-02T09:15:00Z")).andExpect(status().isCreated());
        assertThat(kinds(id)).containsExactly("POLICE_CHECK", "HEALTH_CHECK", "EDUCATION_CHECK", "SOCIAL_CARE_CHECK",
                "SCREENING_DECISION", "MANAGER_SIGN_OFF");

        post(mvc, "worker", "/api/v1/referrals/" + id + "/decision", AS_RECOMMENDED).andExpect(status().isCreated());
        assertThat(kinds(id)).containsExactly("MANAGER_SIGN_OFF");
        assertThat(work.today().tasks().stream().filter(t -> t.referralId().equals(id)).map(PlanInput.Task::id))
                .containsExactly(id + "-6"); // the recipe's id, as before the decision

        post(mvc, "manager", "/api/v1/referrals/" + id + "/decision/sign-off", "{}").andExpect(status().isCreated());
        assertThat(kinds(id)).isEmpty();
    }

    private java.util.List<String> kinds(String referralId) {
        return work.today().tasks().stream().filter(t -> t.referralId().equals(referralId)).map(t -> t.kind().name()).toList();
    }
}
