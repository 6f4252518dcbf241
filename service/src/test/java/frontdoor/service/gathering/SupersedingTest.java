package frontdoor.service.gathering;

import static frontdoor.service.Referrals.newId;
import static frontdoor.service.Referrals.post;
import static frontdoor.service.Referrals.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.service.ServiceTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A recorded result is never edited: a new entry supersedes it, with a reason; the earlier one stays and no longer counts. */
@ServiceTest
class SupersedingTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSupersededResultStaysOnRecordAndNoLongerCounts() throws Exception {
        String id = newId();
        String at = "/api/v1/referrals/" + id;
        submit(mvc, GatheringWalkTest.referral(id, Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)))
                .andExpect(status().isCreated());
        JsonNode wrong = GatheringWalkTest.json(post(mvc, "worker", at + "/checks/POLICE_CHECK/result",
                "{\"outcome\": \"FINDINGS\", \"concerns\": [{\"code\": \"CHILD_ABANDONED_OR_LEFT_ALONE\", \"agency\": \"POLICE\"}]}")
                .andExpect(status().isOk()));
        assertThat(wrong.get("recommendation").get("rag").asText()).isEqualTo("RED");
        long entry = Long.parseLong(wrong.get("cause").asText().replaceAll(".*entry ", ""));
        String correction = "{\"outcome\": \"NOTHING_KNOWN\", \"supersedes\": %d%s}";
        post(mvc, "worker", at + "/checks/POLICE_CHECK/result", correction.formatted(entry, "")).andExpect(status().isBadRequest());
        post(mvc, "worker", at + "/checks/HEALTH_CHECK/result", correction.formatted(entry, ", \"reason\": \"x\"")).andExpect(status().isBadRequest());
        JsonNode right = GatheringWalkTest.json(post(mvc, "worker", at + "/checks/POLICE_CHECK/result",
                correction.formatted(entry, ", \"reason\": \"recorded against the wrong child\"")).andExpect(status().isOk()));
        assertThat(right.get("recommendation").get("rag").asText()).isEqualTo("AMBER");
        assertThat(right.get("changes").get(0).get("text").asText()).isEqualTo("RAG RED → AMBER: R5 now matches; R1 no longer matches");
        assertThat(right.get("screeningDueBy").asText()).isEqualTo(wrong.get("screeningDueBy").asText()); // a fall never extends it
        post(mvc, "worker", at + "/checks/POLICE_CHECK/result", correction.formatted(entry, ", \"reason\": \"again\"")).andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gathered g JOIN referral r ON r.id = g.referral WHERE r.referral_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(2);
    }
}
