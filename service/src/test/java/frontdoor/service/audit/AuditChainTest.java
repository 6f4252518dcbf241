package frontdoor.service.audit;

import static frontdoor.service.Referrals.get;
import static frontdoor.service.Referrals.json;
import static frontdoor.service.Referrals.newId;
import static frontdoor.service.Referrals.submit;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.service.ServiceTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ServiceTest
class AuditChainTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theChainVerifiesAndATamperedRowIsFoundFirst() throws Exception {
        String id = newId();
        submit(mvc, json(id));
        get(mvc, "auditor", "/api/v1/referrals/" + id);
        get(mvc, "auditor", "/api/v1/audit/verify").andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true));
        get(mvc, "auditor", "/api/v1/audit?subject=" + id).andExpect(jsonPath("$[0].action").value("RECOMMENDED"))
                .andExpect(jsonPath("$[1].action").value("VIEWED")).andExpect(jsonPath("$[1].actor").value("auditor"));

        Map<String, Object> row = jdbc.queryForMap("SELECT seq, actor FROM audit_entry WHERE subject = ? AND action = 'RECOMMENDED'", id);
        long seq = ((Number) row.get("seq")).longValue();
        try {
            jdbc.update("UPDATE audit_entry SET actor = 'someone-else' WHERE seq = ?", seq);
            get(mvc, "auditor", "/api/v1/audit/verify").andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.firstBrokenSeq").value(seq))
                    .andExpect(jsonPath("$.entriesChecked").value(seq - 1));
        } finally {
            jdbc.update("UPDATE audit_entry SET actor = ? WHERE seq = ?", row.get("actor"), seq);
        }
        get(mvc, "auditor", "/api/v1/audit/verify").andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void aRowRehashedWithoutTheKeyToHideAChangeIsCaughtByTheKey() throws Exception {
        String id = newId();
        submit(mvc, json(id));
        get(mvc, "worker", "/api/v1/referrals/" + id);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_entry WHERE subject = ? AND action = 'RECOMMENDED'", id);
        long seq = ((Number) row.get("seq")).longValue();
        String forged = AuditEntry.hash(seq, ((java.time.OffsetDateTime) jdbc.queryForObject(
                "SELECT at FROM audit_entry WHERE seq = ?", java.time.OffsetDateTime.class, seq)).toInstant(),
                "someone-else", "RECOMMENDED", id, (String) row.get("detail"), (String) row.get("prev_hash"));
        try {
            jdbc.update("UPDATE audit_entry SET actor = 'someone-else', hash = ? WHERE seq = ?", forged, seq);
            get(mvc, "auditor", "/api/v1/audit/verify").andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.firstBrokenSeq").value(seq)).andExpect(jsonPath("$.caughtBy").value("key"));
        } finally {
            jdbc.update("UPDATE audit_entry SET actor = ?, hash = ? WHERE seq = ?", row.get("actor"), row.get("hash"), seq);
        }
    }

    @Test
    void thePolicyInForceIsRecorded() throws Exception {
        get(mvc, "auditor", "/api/v1/audit/verify").andExpect(jsonPath("$.intact").value(true));
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'POLICY_IN_FORCE' AND actor = 'system'", Long.class)).isEqualTo(1);
    }
}
