package frontdoor.service.decision;

import static frontdoor.service.Referrals.get;
import static frontdoor.service.Referrals.json;
import static frontdoor.service.Referrals.newId;
import static frontdoor.service.Referrals.post;
import static frontdoor.service.Referrals.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.service.ServiceTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A manager signs each decision off once: 409 before the decision and after the sign-off, audited, and the queue follows. */
@ServiceTest
class SignOffApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    /** Oversight sees first what most needs it: a decision below what the policy recommends. */
    @Test
    void aDecisionBelowTheRecommendationIsMarkedInTheQueue() throws Exception {
        String id = newId();
        submit(mvc, json(id)).andExpect(status().isCreated());
        post(mvc, "worker", "/api/v1/referrals/" + id + "/decision", DecisionApiTest.LOWER.formatted(", \"rationale\": \"Father has left\""))
                .andExpect(status().isCreated());
        String row = "$[?(@.referralId == '" + id + "')]";
        get(mvc, "manager", "/api/v1/sign-offs").andExpect(status().isOk())
                .andExpect(jsonPath(row + ".rag").value(hasItem("AMBER")))
                .andExpect(jsonPath(row + ".thresholdLevel").value(hasItem(3)))
                .andExpect(jsonPath(row + ".recommendedRag").value(hasItem("RED")))
                .andExpect(jsonPath(row + ".recommendedThresholdLevel").value(hasItem(4)))
                .andExpect(jsonPath(row + ".belowRecommendation").value(hasItem(true)));
    }

    @Test
    void aManagerSignsTheDecisionOffOnceAndItLeavesTheQueue() throws Exception {
        String id = newId();
        submit(mvc, json(id)).andExpect(status().isCreated());
        String signOff = "/api/v1/referrals/" + id + "/decision/sign-off";
        post(mvc, "manager", signOff, "{}").andExpect(status().isConflict());

        post(mvc, "worker", "/api/v1/referrals/" + id + "/decision", DecisionApiTest.AS_RECOMMENDED).andExpect(status().isCreated());
        get(mvc, "manager", "/api/v1/sign-offs").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].referralId").value(hasItem(id)))
                .andExpect(jsonPath("$[?(@.referralId == '" + id + "')].decidedBy").value(hasItem("worker")))
                .andExpect(jsonPath("$[?(@.referralId == '" + id + "')].rag").value(hasItem("RED")))
                .andExpect(jsonPath("$[?(@.referralId == '" + id + "')].belowRecommendation").value(hasItem(false)));

        post(mvc, "manager", signOff, "{\"comment\": \"Agreed: strategy discussion today\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.signedBy").value("manager")).andExpect(jsonPath("$.decisionVersion").value(1));
        post(mvc, "manager", signOff, "{}").andExpect(status().isConflict());
        get(mvc, "manager", "/api/v1/sign-offs").andExpect(jsonPath("$[*].referralId").value(not(hasItem(id))));
        get(mvc, "worker", "/api/v1/referrals/" + id).andExpect(jsonPath("$.signOff.signedBy").value("manager"))
                .andExpect(jsonPath("$.signOff.comment").value("Agreed: strategy discussion today"));
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE subject = ? AND action = 'SIGNED_OFF'").param(id).query(String.class).list())
                .containsExactly("{\"decisionVersion\":1,\"comment\":true}"); // the comment itself stays out of the trail
    }

    @Test
    void aRefusedSignOffChangesNothing() throws Exception {
        String id = newId();
        submit(mvc, json(id)).andExpect(status().isCreated());
        post(mvc, "worker", "/api/v1/referrals/" + id + "/decision", DecisionApiTest.AS_RECOMMENDED).andExpect(status().isCreated());
        String signOff = "/api/v1/referrals/" + id + "/decision/sign-off";
        List<Map<String, Object>> before = audit();
        post(mvc, "manager", signOff, "{\"comment\": \"  \", \"extra\": 1}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].path").value(org.hamcrest.Matchers.containsInAnyOrder("$.extra", "$.comment")));
        post(mvc, "manager", signOff, "{\"comment\": 7}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$.comment"));
        post(mvc, "manager", signOff, "").andExpect(status().isBadRequest());
        post(mvc, "worker", signOff, "{}").andExpect(status().isForbidden());
        post(mvc, "lead", signOff, "{}").andExpect(status().isForbidden());
        post(mvc, "manager", "/api/v1/referrals/NOPE/decision/sign-off", "{}").andExpect(status().isNotFound());
        assertThat(audit()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM decision_sign_off s JOIN referral r ON r.id = s.referral WHERE r.referral_id = ?")
                .param(id).query(Long.class).single()).isZero();
    }

    private List<Map<String, Object>> audit() {
        return jdbc.sql("SELECT seq, action, subject FROM audit_entry ORDER BY seq").query().listOfRows();
    }
}
