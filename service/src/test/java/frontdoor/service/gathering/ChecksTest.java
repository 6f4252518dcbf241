package frontdoor.service.gathering;

import static frontdoor.service.Referrals.get;
import static frontdoor.service.Referrals.json;
import static frontdoor.service.Referrals.newId;
import static frontdoor.service.Referrals.post;
import static frontdoor.service.Referrals.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.service.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** On arrival a referral gets the checks of its recommended pathway's recipe, due when it is. */
@ServiceTest
class ChecksTest {
    @Autowired
    MockMvc mvc;

    @Test
    void aStrategyDiscussionGetsTheFourAgenciesChecksDueWithTheReferral() throws Exception {
        String id = newId();
        submit(mvc, json(id)).andExpect(status().isCreated());
        get(mvc, "worker", "/api/v1/referrals/" + id + "/checks").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].checkId").value(contains("EDUCATION_CHECK", "HEALTH_CHECK", "POLICE_CHECK", "SOCIAL_CARE_CHECK")))
                .andExpect(jsonPath("$[*].agency").value(contains("EDUCATION", "HEALTH", "POLICE", "SOCIAL_CARE")))
                .andExpect(jsonPath("$[*].status").value(everyItem(is("OPEN"))))
                .andExpect(jsonPath("$[*].dueBy").value(everyItem(is("2026-11-23T13:15:00Z"))))
                .andExpect(jsonPath("$[0].doneBy").doesNotExist());
    }

    @Test
    void aNewPathwayAddsTheChecksItNeedsAndADoneCheckStaysDone() throws Exception {
        String id = newId();
        String at = "/api/v1/referrals/" + id;
        submit(mvc, OwnRecordsTest.referral(id, newId(), newId(), java.time.Instant.parse("2026-11-23T09:15:00Z"), "PARENTING_SUPPORT_NEEDED"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.recommendation.pathway").value("EARLY_HELP"));
        get(mvc, "worker", at + "/checks")
                .andExpect(jsonPath("$[*].checkId").value(contains("EDUCATION_CHECK", "HEALTH_CHECK", "SOCIAL_CARE_CHECK")));
        post(mvc, "worker", at + "/checks/EDUCATION_CHECK/result", "{\"outcome\": \"NOTHING_KNOWN\"}").andExpect(status().isOk());
        post(mvc, "worker", at + "/information", """
                {"agency": "HOUSING", "outcome": "FINDINGS", "concerns": [{"code": "HOMELESS_FAMILY", "agency": "HOUSING"}]}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.changes[?(@.output == 'pathway')].from").value(contains("EARLY_HELP")));
        get(mvc, "worker", at + "/checks")
                .andExpect(jsonPath("$[*].checkId").value(contains("EDUCATION_CHECK", "HEALTH_CHECK", "POLICE_CHECK", "SOCIAL_CARE_CHECK")))
                .andExpect(jsonPath("$[*].status").value(contains("DONE", "OPEN", "OPEN", "OPEN")));
    }

    @Test
    void anUnknownReferralHasNoChecks() throws Exception {
        get(mvc, "worker", "/api/v1/referrals/" + newId() + "/checks").andExpect(status().isNotFound());
    }
}
