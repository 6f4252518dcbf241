package frontdoor.service.decision;

import static frontdoor.service.Referrals.json;
import static frontdoor.service.Referrals.newId;
import static frontdoor.service.Referrals.post;
import static frontdoor.service.Referrals.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.service.ServiceTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A refused decision or amendment changes nothing: the referral, its decisions and the audit trail read the same before and after. */
@ServiceTest
class RefusedDecisionsChangeNothingTest {
    static final String LOWER = DecisionApiTest.LOWER;
    static final String AS_RECOMMENDED = DecisionApiTest.AS_RECOMMENDED;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    /** What a refused request must leave as it was (read from the tables: a GET would itself be audited as VIEWED). */
    record Stored(Map<String, Object> referral, List<Map<String, Object>> decisions, long auditEntries) {
    }

    @Test
    void aRefusedDecisionChangesNothing() throws Exception {
        String id = referral();
        Stored before = stored(id);
        post(mvc, "worker", "/api/v1/referrals/" + id + "/decision", LOWER.formatted("")).andExpect(status().isBadRequest()); // no rationale
        post(mvc, "worker", "/api/v1/referrals/" + id + "/decision", "{\"rag\": \"PINK\"}").andExpect(status().isBadRequest());
        assertThat(stored(id)).isEqualTo(before);

        post(mvc, "worker", "/api/v1/referrals/" + id + "/decision", AS_RECOMMENDED).andExpect(status().isCreated());
        before = stored(id);
        post(mvc, "worker", "/api/v1/referrals/" + id + "/decision", LOWER.formatted(", \"rationale\": \"r\"")).andExpect(status().isConflict());
        assertThat(stored(id)).isEqualTo(before);
    }

    /** The decision is a social-care worker's: a police worker, a practice lead and a manager are refused, saying why. */
    @Test
    void aDecisionByAnyoneButASocialCareWorkerIsRefusedAndChangesNothing() throws Exception {
        String id = referral();
        Stored before = stored(id);
        for (String user : List.of("police", "lead", "manager")) {
            post(mvc, user, "/api/v1/referrals/" + id + "/decision", AS_RECOMMENDED)
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.detail").value(containsString("social-care worker")))
                    .andExpect(jsonPath("$.detail").value(containsString(user)));
        }
        post(mvc, "police", "/api/v1/referrals/" + id + "/decision", "{\"rag\": \"PINK\"}").andExpect(status().isForbidden()); // who first
        assertThat(stored(id)).isEqualTo(before);
    }

    @Test
    void aRefusedAmendmentChangesNothing() throws Exception {
        String id = referral();
        String amendments = "/api/v1/referrals/" + id + "/decision/amendments";
        Stored before = stored(id);
        post(mvc, "manager", amendments, LOWER.formatted(", \"reason\": \"nothing to amend yet\"")).andExpect(status().isConflict());
        assertThat(stored(id)).isEqualTo(before);

        post(mvc, "worker", "/api/v1/referrals/" + id + "/decision", AS_RECOMMENDED).andExpect(status().isCreated());
        before = stored(id);
        post(mvc, "manager", amendments, LOWER.formatted("")).andExpect(status().isBadRequest()); // no reason
        post(mvc, "worker", amendments, LOWER.formatted(", \"reason\": \"not a manager\"")).andExpect(status().isForbidden());
        assertThat(stored(id)).isEqualTo(before);
    }

    private String referral() throws Exception {
        String id = newId();
        submit(mvc, json(id)).andExpect(status().isCreated());
        return id;
    }

    private Stored stored(String referralId) {
        return new Stored(jdbc.sql("SELECT * FROM referral WHERE referral_id = ?").param(referralId).query().singleRow(),
                jdbc.sql("SELECT d.* FROM decision d JOIN referral r ON d.referral = r.id WHERE r.referral_id = ? ORDER BY d.version")
                        .param(referralId).query().listOfRows(),
                jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single());
    }
}
