package frontdoor.service.decision;

import static frontdoor.service.Referrals.get;
import static frontdoor.service.Referrals.json;
import static frontdoor.service.Referrals.newId;
import static frontdoor.service.Referrals.post;
import static frontdoor.service.Referrals.submit;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.service.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ServiceTest
class DecisionApiTest {
    static final String AS_RECOMMENDED = """
            {"thresholdLevel": 4, "rag": "RED", "pathway": "STRATEGY_DISCUSSION", "actions": ["MARAC_REFERRAL"], "rationale": "Agree: police report"}""";
    static final String LOWER = """
            {"thresholdLevel": 3, "rag": "AMBER", "pathway": "MASH_ENQUIRY", "actions": []%s}""";

    @Autowired
    MockMvc mvc;

    String referral() throws Exception {
        String id = newId();
        submit(mvc, json(id)).andExpect(status().isCreated());
        return id;
    }

    @Test
    void aDecisionAsRecommendedStillNeedsARationaleAndIsMadeOnce() throws Exception {
        String id = referral();
        post(mvc, "worker", "/api/v1/referrals/" + id + "/decision", AS_RECOMMENDED.replace(", \"rationale\": \"Agree: police report\"", ""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("$.rationale"))
                .andExpect(jsonPath("$.errors[0].reason").value("is required"));
        post(mvc, "worker", "/api/v1/referrals/" + id + "/decision", AS_RECOMMENDED).andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.decidedBy").value("worker"))
                .andExpect(jsonPath("$.rationale").value("Agree: police report"));
        post(mvc, "worker", "/api/v1/referrals/" + id + "/decision", AS_RECOMMENDED).andExpect(status().isConflict());
        get(mvc, "worker", "/api/v1/referrals/" + id).andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.decision.actions[0]").value("MARAC_REFERRAL"));
    }

    @Test
    void aDecisionThatDiffersNeedsARationaleAndMovesTheReferralInTheQueue() throws Exception {
        String id = referral();
        post(mvc, "worker", "/api/v1/referrals/" + id + "/decision", LOWER.formatted(""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("$.rationale"));
        post(mvc, "worker", "/api/v1/referrals/" + id + "/decision", LOWER.formatted(", \"rationale\": \"  \""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("$.rationale"));
        post(mvc, "worker", "/api/v1/referrals/" + id + "/decision", LOWER.formatted(", \"rationale\": \"Known to EH; police agree\""))
                .andExpect(status().isCreated());
        get(mvc, "worker", "/api/v1/referrals/" + id).andExpect(jsonPath("$.rag").value("AMBER"))
                .andExpect(jsonPath("$.thresholdLevel").value(3))
                .andExpect(jsonPath("$.screeningDueBy").value("2026-11-24T09:15:00Z"))
                .andExpect(jsonPath("$.decision.rationale").value("Known to EH; police agree"))
                // kept apart: the recommendation on arrival, the latest revision, the decision; the highest RAG for timeliness
                .andExpect(jsonPath("$.recommended.rag").value("RED"))
                .andExpect(jsonPath("$.recommended.screeningDueBy").value("2026-11-23T13:15:00Z"))
                .andExpect(jsonPath("$.current.rag").value("RED")).andExpect(jsonPath("$.current.pathway").value("STRATEGY_DISCUSSION"))
                .andExpect(jsonPath("$.current.screeningDueBy").value("2026-11-23T13:15:00Z"))
                .andExpect(jsonPath("$.decided.rag").value("AMBER")).andExpect(jsonPath("$.decided.thresholdLevel").value(3))
                .andExpect(jsonPath("$.decided.screeningDueBy").value("2026-11-24T09:15:00Z"))
                .andExpect(jsonPath("$.highestRag").value("RED")).andExpect(jsonPath("$.signOff").doesNotExist());
    }

    @Test
    void aManagerAmendsWithAReasonAndBothAreKept() throws Exception {
        String id = referral();
        String amendments = "/api/v1/referrals/" + id + "/decision/amendments";
        post(mvc, "manager", amendments, AS_RECOMMENDED.replace("}", ", \"reason\": \"x\"}")).andExpect(status().isConflict());
        post(mvc, "worker", "/api/v1/referrals/" + id + "/decision", LOWER.formatted(", \"rationale\": \"r\"")).andExpect(status().isCreated());
        post(mvc, "manager", amendments, AS_RECOMMENDED).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$.reason"));
        post(mvc, "manager", amendments, AS_RECOMMENDED.replace("}", ", \"reason\": \"Strategy needed after review\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(2));
        get(mvc, "manager", "/api/v1/referrals/" + id).andExpect(jsonPath("$.decision.rag").value("AMBER"))
                .andExpect(jsonPath("$.amendments[0].rag").value("RED"))
                .andExpect(jsonPath("$.amendments[0].amendmentReason").value("Strategy needed after review"))
                .andExpect(jsonPath("$.rag").value("RED"));
    }

    @Test
    void aBrokenDecisionNamesEveryField() throws Exception {
        String id = referral();
        post(mvc, "worker", "/api/v1/referrals/" + id + "/decision",
                "{\"thresholdLevel\": 5, \"rag\": \"PINK\", \"pathway\": \"HOME\", \"actions\": [\"X\", 3], \"extra\": 1, \"rationale\": 7}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].path").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "$.extra", "$.thresholdLevel", "$.rag", "$.pathway", "$.actions[0]", "$.actions[1]", "$.rationale")));
        post(mvc, "worker", "/api/v1/referrals/" + id + "/decision", "{").andExpect(status().isBadRequest());
        post(mvc, "worker", "/api/v1/referrals/" + id + "/decision", "").andExpect(status().isBadRequest());
        post(mvc, "worker", "/api/v1/referrals/NOPE/decision", AS_RECOMMENDED).andExpect(status().isNotFound());
    }

    /** A key given twice or content after the body was once recorded as the last value (RED here): refused now, nothing stored. */
    @Test
    void aDecisionWithAKeyGivenTwiceOrContentAfterItIsRefusedAndNothingRecorded() throws Exception {
        String id = referral();
        String decision = "/api/v1/referrals/" + id + "/decision";
        String twice = "{\"thresholdLevel\": 4, \"rag\": \"GREEN\", \"rag\": \"RED\", \"pathway\": \"STRATEGY_DISCUSSION\", \"actions\": [\"MARAC_REFERRAL\"]}";
        post(mvc, "worker", decision, twice).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$.rag")).andExpect(jsonPath("$.errors[0].reason").value("key given more than once"));
        post(mvc, "worker", decision, AS_RECOMMENDED + " trailing").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$")).andExpect(jsonPath("$.errors[0].reason").value("content after the JSON value"));
        get(mvc, "worker", "/api/v1/referrals/" + id).andExpect(jsonPath("$.status").value("AWAITING_DECISION"));
        post(mvc, "worker", decision, AS_RECOMMENDED).andExpect(status().isCreated());
        String amendments = decision + "/amendments";
        post(mvc, "manager", amendments, LOWER.formatted(", \"reason\": \"r\", \"reason\": \"s\"")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$.reason"));
        get(mvc, "worker", "/api/v1/referrals/" + id).andExpect(jsonPath("$.rag").value("RED")).andExpect(jsonPath("$.amendments").isEmpty());
    }
}
