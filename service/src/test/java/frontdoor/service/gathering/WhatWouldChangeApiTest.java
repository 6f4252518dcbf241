package frontdoor.service.gathering;

import static frontdoor.service.Referrals.get;
import static frontdoor.service.Referrals.newId;
import static frontdoor.service.Referrals.post;
import static frontdoor.service.Referrals.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.Recommender;
import frontdoor.rules.StrictJson;
import frontdoor.rules.WhatWouldChange;
import frontdoor.service.ServiceTest;
import frontdoor.service.policy.PolicyHolder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** What would change the latest revision: computed when asked from its stored input on its policy version. */
@ServiceTest
class WhatWouldChangeApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    Revisions revisions;
    @Autowired
    PolicyHolder policy;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void eachFactThatMakesADifferenceToTheLatestRevisionIsListed() throws Exception {
        String id = newId();
        String at = "/api/v1/referrals/" + id;
        submit(mvc, GatheringWalkTest.referral(id, Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)))
                .andExpect(status().isCreated());
        JsonNode before = json(get(mvc, "worker", at + "/what-would-change").andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(before).hasSize(1);
        assertThat(before.get(0).get("without").asText()).isEqualTo("DOMESTIC_ABUSE_MEDIUM (EDUCATION)");

        // the police result raises it to RED: the latest revision is the one explained
        post(mvc, "worker", at + "/checks/POLICE_CHECK/result", GatheringWalkTest.ABANDONED).andExpect(status().isOk());
        String answer = get(mvc, "worker", at + "/what-would-change").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode entries = json(answer);
        JsonNode abandoned = null;
        for (JsonNode e : entries) {
            if (e.get("without").asText().equals("CHILD_ABANDONED_OR_LEFT_ALONE (POLICE)")) {
                abandoned = e;
            }
        }
        assertThat(abandoned).as(answer).isNotNull();
        assertThat(abandoned.get("fact").get("code").asText()).isEqualTo("CHILD_ABANDONED_OR_LEFT_ALONE");
        assertThat(abandoned.get("fact").get("agency").asText()).isEqualTo("POLICE");
        assertThat(abandoned.get("changes").toString()).contains("{\"output\":\"rag\",\"from\":\"RED\",\"to\":\"AMBER\"}");
        assertThat(abandoned.get("text").asText()).startsWith("without CHILD_ABANDONED_OR_LEFT_ALONE (POLICE): ")
                .contains("RAG AMBER (R5) instead of RED (R1)");
        assertThat(answer).doesNotContain(GatheringWalkTest.NOTE, GatheringWalkTest.POLICE_NOTE, GatheringWalkTest.SUMMARY);

        // the same as the rules module's answer over the latest stored input, on its own version
        long ref = jdbc.sql("SELECT id FROM referral WHERE referral_id = ?").param(id).query(Long.class).single();
        List<Revisions.Stored> stored = revisions.stored(ref);
        Revisions.Stored latest = stored.get(stored.size() - 1);
        Recommender recommender = policy.version(latest.revision().policyVersion()).recommender();
        List<WhatWouldChange.Entry> direct = new WhatWouldChange(recommender).of(recommender.reader().read(latest.input()));
        assertThat(entries).hasSize(direct.size());
        for (int i = 0; i < direct.size(); i++) {
            assertThat(entries.get(i).get("text").asText()).isEqualTo(direct.get(i).text());
            assertThat(entries.get(i).get("rules")).extracting(JsonNode::asText).containsExactlyElementsOf(direct.get(i).rules());
        }
        // computed when asked: asking stores no revision
        assertThat(revisions.stored(ref)).hasSize(stored.size());
    }

    @Test
    void whoeverReadsAReferralMayAsk() throws Exception {
        String id = newId();
        String at = "/api/v1/referrals/" + id + "/what-would-change";
        submit(mvc, GatheringWalkTest.referral(id, Instant.now().truncatedTo(ChronoUnit.SECONDS))).andExpect(status().isCreated());
        for (String user : List.of("worker", "lead", "manager", "auditor")) {
            get(mvc, user, at).andExpect(status().isOk());
        }
        mvc.perform(MockMvcRequestBuilders.get(at)).andExpect(status().isUnauthorized());
        get(mvc, "worker", "/api/v1/referrals/" + newId() + "/what-would-change").andExpect(status().isNotFound());
    }

    private static JsonNode json(String text) {
        return StrictJson.DOCUMENT.tree(text);
    }
}
