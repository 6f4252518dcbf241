package frontdoor.service.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.service.Referrals;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A draft whose R5 says GREEN (its changed cases updated, so every check passes) runs in shadow: each new
 * referral is also evaluated on it, the comparison counts as the impact report does, and the workers still
 * see and the store still holds only the version in force's recommendation.
 */
@PolicyTest
class ShadowRunTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    ScenarioCorpus corpus;
    @Autowired
    PolicyHolder holder;

    @Test
    void newReferralsAreEvaluatedInShadowAndNeverShownOrStoredAsTheRecommendation() throws Exception {
        PolicyApi api = new PolicyApi(mvc);
        String unchecked = ImpactTest.r5Green(api);
        api.post("lead", "/drafts/" + unchecked + "/shadow", "").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].check").value("cases"));
        String draft = ImpactTest.r5Green(api);
        api.updateChangedCases(draft, corpus);
        api.post("worker", "/drafts/" + draft + "/shadow", "").andExpect(status().isForbidden());
        api.post("lead", "/drafts/" + draft + "/shadow", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.running").value(true))
                .andExpect(jsonPath("$.referrals").value(0))
                .andExpect(jsonPath("$.inForce").value(holder.current().versionId()));

        List<String> falls = new ArrayList<>();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (String code : new String[] {"DOMESTIC_ABUSE_MEDIUM", "PERSISTENT_ABSENCE", "DOMESTIC_ABUSE_MEDIUM"}) {
            String id = "SH-" + UUID.randomUUID();
            JsonNode stored = PolicyApi.json(Referrals.submit(mvc, ImpactTest.referral(id, now.minusSeconds(60), code)).andExpect(status().isCreated()));
            if (code.equals("DOMESTIC_ABUSE_MEDIUM")) {
                falls.add(id);
                assertThat(stored.path("recommendation").path("rag").asText()).isEqualTo("AMBER");
            }
        }
        JsonNode report = await(api, draft, 3);
        assertThat(report.path("changed").path("rag").asInt()).isEqualTo(2);
        assertThat(report.path("changed").path("pathway").asInt()).isZero();
        assertThat(report.path("lower").asInt()).isEqualTo(2);
        List<String> fallIds = new ArrayList<>();
        report.path("falls").forEach(f -> fallIds.add(f.path("referralId").asText()));
        assertThat(fallIds).containsExactlyElementsOf(falls);
        for (String id : falls) {
            JsonNode shown = PolicyApi.json(Referrals.get(mvc, "worker", "/api/v1/referrals/" + id).andExpect(status().isOk()));
            assertThat(shown.toString()).doesNotContain(report.path("draftVersion").asText());
            assertThat(shown.path("recommendation").path("rag").asText()).isEqualTo("AMBER");
        }

        api.mvc().perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(PolicyApi.BASE + "/drafts/" + draft + "/shadow")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("lead", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.running").value(false)).andExpect(jsonPath("$.referrals").value(3));
        Referrals.submit(mvc, ImpactTest.referral("SH-" + UUID.randomUUID(), now, "DOMESTIC_ABUSE_MEDIUM")).andExpect(status().isCreated());
        Thread.sleep(2500);
        api.get("lead", "/drafts/" + draft + "/shadow").andExpect(status().isOk()).andExpect(jsonPath("$.referrals").value(3));
        api.get("lead", "/drafts/" + unchecked + "/shadow").andExpect(status().isNotFound());
    }

    private static JsonNode await(PolicyApi api, String draft, int referrals) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        JsonNode report;
        do {
            Thread.sleep(200);
            report = PolicyApi.json(api.get("lead", "/drafts/" + draft + "/shadow").andExpect(status().isOk()));
        } while (report.path("referrals").asInt() < referrals && System.nanoTime() < deadline);
        assertThat(report.path("referrals").asInt()).isEqualTo(referrals);
        return report;
    }
}
