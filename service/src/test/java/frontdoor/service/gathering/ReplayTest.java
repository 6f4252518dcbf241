package frontdoor.service.gathering;

import static frontdoor.service.Referrals.newId;
import static frontdoor.service.Referrals.post;
import static frontdoor.service.Referrals.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.rules.Recommendation;
import frontdoor.rules.Recommender;
import frontdoor.rules.StrictJson;
import frontdoor.service.ServiceTest;
import frontdoor.service.policy.PolicyHolder;
import frontdoor.service.referral.OwnRecords;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Each revision's stored input is a referral by the contract; evaluated again on its policy version it gives the same answer. */
@ServiceTest
class ReplayTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    Revisions revisions;
    @Autowired
    PolicyHolder policy;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void everyRevisionReplaysToTheSameRecommendation() throws Exception {
        String id = newId();
        String at = "/api/v1/referrals/" + id;
        submit(mvc, GatheringWalkTest.referral(id, Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS))).andExpect(status().isCreated());
        post(mvc, "worker", at + "/checks/POLICE_CHECK/result", GatheringWalkTest.ABANDONED).andExpect(status().isOk());
        post(mvc, "worker", at + "/information", """
                {"agency": "HOUSING", "outcome": "FINDINGS", "concerns": [{"code": "HOMELESS_FAMILY", "agency": "HOUSING"}],
                 "history": {"openCase": true, "allocatedTeam": "North"}}""").andExpect(status().isOk());
        post(mvc, "worker", at + "/consent", "{\"consent\": \"NOT_REQUIRED\", \"reason\": \"s47: risk of significant harm\"}").andExpect(status().isOk());
        long ref = jdbc.sql("SELECT id FROM referral WHERE referral_id = ?").param(id).query(Long.class).single();
        var stored = revisions.stored(ref);
        assertThat(stored).hasSize(4);
        for (Revisions.Stored s : stored) {
            Recommender recommender = policy.version(s.revision().policyVersion()).recommender();
            Recommendation replayed = recommender.recommend(recommender.reader().read(s.input()));
            Recommendation kept = StrictJson.DOCUMENT.value(s.revision().recommendation(), Recommendation.class);
            assertThat(replayed.reasons()).isEqualTo(kept.reasons().stream().filter(r -> !r.rule().equals(OwnRecords.RULE)).toList());
            assertThat(replayed).usingRecursiveComparison().ignoringFields("reasons").isEqualTo(kept);
        }
        String last = stored.get(3).input();
        assertThat(last).contains("\"consent\":\"NOT_REQUIRED\"", "\"openCase\":true", "\"allocatedTeam\":\"North\"",
                "CHILD_ABANDONED_OR_LEFT_ALONE", "HOMELESS_FAMILY", "\"contactsLast12Months\":2");
    }
}
