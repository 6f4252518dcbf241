package frontdoor.service.policy;

import static frontdoor.service.Referrals.newId;
import static frontdoor.service.Referrals.post;
import static frontdoor.service.Referrals.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.service.needtoknow.RestrictedFinding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The impact report is a view of past referrals like any other: a practice lead not cleared for POLICE
 * restricted information replays a referral that holds some, and the report says nothing of it; the view is
 * audited as withheld.
 */
@PolicyTest
class RestrictedImpactTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aLeadNotClearedSeesNoRestrictedCodeInTheImpactReport() throws Exception {
        String id = newId();
        submit(mvc, RestrictedFinding.referral(id)).andExpect(status().isCreated());
        post(mvc, "police", "/api/v1/referrals/" + id + "/checks/POLICE_CHECK/result", RestrictedFinding.RESULT).andExpect(status().isOk());
        PolicyApi api = new PolicyApi(mvc);
        String draft = api.draft("lead", "impact of nothing");

        String report = api.post("lead", "/drafts/" + draft + "/impact", "{}").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(report).doesNotContain(RestrictedFinding.SECRETS);
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE subject = ? AND actor = 'lead' AND action = 'RESTRICTED_WITHHELD'")
                .param(id).query(String.class).list()).containsExactly("{\"view\":\"impact\",\"agencies\":\"POLICE\"}");
    }
}
