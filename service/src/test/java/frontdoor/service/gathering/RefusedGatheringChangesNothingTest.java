package frontdoor.service.gathering;

import static frontdoor.service.Referrals.newId;
import static frontdoor.service.Referrals.post;
import static frontdoor.service.Referrals.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.service.ServiceTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A refused result, information or consent names every problem and changes nothing: referral, checks, entries, revisions, audit. */
@ServiceTest
class RefusedGatheringChangesNothingTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    record Stored(Map<String, Object> referral, List<Map<String, Object>> checks, long gathered, long revisions, long audit) {
    }

    Stored stored(String id) {
        long ref = jdbc.sql("SELECT id FROM referral WHERE referral_id = ?").param(id).query(Long.class).single();
        return new Stored(jdbc.sql("SELECT * FROM referral WHERE id = ?").param(ref).query().singleRow(),
                jdbc.sql("SELECT * FROM referral_check WHERE referral = ? ORDER BY check_id").param(ref).query().listOfRows(),
                jdbc.sql("SELECT COUNT(*) FROM gathered WHERE referral = ?").param(ref).query(Long.class).single(),
                jdbc.sql("SELECT COUNT(*) FROM revision WHERE referral = ?").param(ref).query(Long.class).single(),
                jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single());
    }

    @Test
    void aBrokenResultNamesEveryProblemAndChangesNothing() throws Exception {
        String id = newId();
        String at = "/api/v1/referrals/" + id;
        submit(mvc, GatheringWalkTest.referral(id, Instant.parse("2026-11-23T09:15:00Z"))).andExpect(status().isCreated());
        Stored before = stored(id);
        post(mvc, "worker", at + "/checks/POLICE_CHECK/result", """
                {"outcome": "FINDINGS", "concerns": [{"code": "NOT_A_CODE", "agency": "POLICE"}, {"code": "DOMESTIC_ABUSE_HIGH", "agency": "HEALTH"}],
                 "history": {"contactsLast12Months": 5000, "openCase": "yes"}, "summary": "", "extra": 1}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].path").value(containsInAnyOrder("$.extra", "$.concerns[0].code", "$.concerns[1].agency",
                        "$.history.contactsLast12Months", "$.history.openCase", "$.summary")));
        post(mvc, "worker", at + "/checks/POLICE_CHECK/result", "{\"outcome\": \"FINDINGS\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$.concerns"));
        post(mvc, "worker", at + "/checks/POLICE_CHECK/result", "{\"outcome\": \"NOTHING_KNOWN\", \"history\": {\"openCase\": true}}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("$.outcome"));
        post(mvc, "worker", at + "/checks/POLICE_CHECK/result", "{\"outcome\": \"NOTHING_KNOWN\", \"agency\": \"POLICE\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("$.agency"));
        post(mvc, "worker", at + "/checks/POLICE_CHECK/result", "{\"outcome\": \"NOTHING_KNOWN\", \"outcome\": \"FINDINGS\"}")
                .andExpect(status().isBadRequest());
        post(mvc, "worker", at + "/checks/HOUSING_CHECK/result", "{\"outcome\": \"NOTHING_KNOWN\"}").andExpect(status().isNotFound());
        post(mvc, "worker", at + "/checks/POLICE_CHECK/result", "{\"outcome\": \"NOTHING_KNOWN\", \"supersedes\": 999999999, \"reason\": \"typo\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("$.supersedes"));
        post(mvc, "worker", at + "/information", "{\"outcome\": \"FINDINGS\", \"concerns\": [{\"code\": \"EXCLUSION\", \"agency\": \"EDUCATION\"}]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("$.agency"));
        post(mvc, "worker", at + "/information", "{\"agency\": \"HOUSING\", \"outcome\": \"FINDINGS\", \"concerns\": [{\"code\": \"EXCLUSION\", \"agency\": \"EDUCATION\"}]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("$.concerns[0].agency"));
        post(mvc, "worker", at + "/consent", "{\"consent\": \"NOT_REQUIRED\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$.reason"));
        post(mvc, "worker", at + "/consent", "{\"consent\": \"NOT_SOUGHT\", \"reason\": \"x\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$.consent"));
        post(mvc, "manager", at + "/consent", "{\"consent\": \"GIVEN\"}").andExpect(status().isForbidden());
        post(mvc, "worker", "/api/v1/referrals/" + newId() + "/consent", "{\"consent\": \"GIVEN\"}").andExpect(status().isNotFound());
        assertThat(stored(id)).isEqualTo(before);

        post(mvc, "worker", at + "/checks/HEALTH_CHECK/result", "{\"outcome\": \"NOTHING_KNOWN\"}").andExpect(status().isOk());
        before = stored(id);
        post(mvc, "worker", at + "/checks/HEALTH_CHECK/result", "{\"outcome\": \"NOTHING_KNOWN\"}").andExpect(status().isConflict());
        assertThat(stored(id)).isEqualTo(before);
    }
}
