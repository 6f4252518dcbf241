package frontdoor.service.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.Recommendation;
import frontdoor.rules.StrictJson;
import frontdoor.service.Referrals;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The "done when": a draft changing one RAG row (R3, level 4: AMBER to RED) and its reason sentence
 * is published while referrals arrive from 8 threads. Every stored recommendation's RAG rating and reason
 * text are exactly those of the version it names; no answer is an error; a rollback brings AMBER back.
 */
@PolicyTest
class PublishUnderLoadTest {
    static final String NEW_REASON = "Level 4: screened today from now on.";
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ScenarioCorpus corpus;
    @Autowired
    PolicyStore store;
    String shipped;

    @AfterEach
    void restore() throws Exception {
        new PolicyApi(mvc).restore(shipped);
    }

    @Test
    void referralsDuringAPublishAreEachWhollyOfTheVersionTheyName() throws Exception {
        PolicyApi api = new PolicyApi(mvc);
        shipped = api.inForce();
        String draft = api.draft("lead", "level 4 is RED");
        String screening = api.text("lead", "/drafts/" + draft + "/files/screening.dmn");
        String r3 = "<outputEntry><text>\"AMBER\"</text></outputEntry>\n        <outputEntry><text>[]</text></outputEntry>\n"
                + "        <annotationEntry><text>R3</text></annotationEntry>\n        <annotationEntry><text>Level 4.</text></annotationEntry>";
        assertThat(screening).contains(r3);
        api.put("lead", "/drafts/" + draft + "/files/screening.dmn", screening.replace(r3, r3.replace("AMBER", "RED")
                .replace("Level 4.", NEW_REASON))).andExpect(status().isOk());
        api.updateChangedCases(draft, corpus);
        JsonNode report = PolicyApi.json(api.post("lead", "/drafts/" + draft + "/checks", ""));
        assertThat(report.path("errors").toString()).isEqualTo("[]");
        assertThat(report.path("changedExpectations").size()).isGreaterThan(0);
        api.post("lead2", "/drafts/" + draft + "/approve", "{\"note\": \"agreed\", \"reference\": \"MASH board 14\"}").andExpect(status().isOk());

        AtomicBoolean sending = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            sent.add(threads.submit(() -> {
                int n = 0;
                while (sending.get() || n < 5) {
                    var response = Referrals.submit(mvc, Referrals.json("LOAD-" + Referrals.newId().substring(2), "2016-05-01", "n"))
                            .andReturn().getResponse();
                    if (response.getStatus() != 201) {
                        failures.add(response.getStatus() + " " + response.getContentAsString());
                    }
                    n++;
                }
                return n;
            }));
        }
        Thread.sleep(500);
        String published = PolicyApi.json(api.post("lead", "/drafts/" + draft + "/publish", "{\"note\": \"go\"}").andExpect(status().isOk()))
                .path("versionId").asText();
        Thread.sleep(1000);
        sending.set(false);
        int total = 0;
        for (Future<Integer> f : sent) {
            total += f.get(60, TimeUnit.SECONDS);
        }
        threads.shutdown();
        assertThat(failures).isEmpty();

        List<String[]> stored = jdbc.sql("SELECT r.policy_version, m.body, r.body FROM referral r JOIN recommendation m ON m.referral = r.id "
                + "WHERE r.referral_id LIKE 'LOAD-%'").query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        java.util.Map<String, frontdoor.rules.Recommender> versions = java.util.Map.of(
                shipped, PolicyInForce.compile(store.files(shipped)).recommender(),
                published, PolicyInForce.compile(store.files(published)).recommender());
        assertThat(stored).hasSize(total);
        int before = 0;
        int after = 0;
        for (String[] row : stored) {
            Recommendation r = StrictJson.DOCUMENT.value(row[1], Recommendation.class);
            assertThat(r.policyVersion()).isEqualTo(row[0]).isIn(shipped, published);
            frontdoor.rules.Recommender named = versions.get(row[0]);
            assertThat(r).as("the whole recommendation, as the version it names makes it").isEqualTo(named.recommend(named.reader().read(row[2])));
            String reason = r.reasons().stream().filter(x -> x.rule().equals("R3")).findFirst().orElseThrow().text();
            if (row[0].equals(shipped)) {
                assertThat(r.rag().name() + " " + reason).isEqualTo("AMBER Level 4.");
                before++;
            } else {
                assertThat(r.rag().name() + " " + reason).isEqualTo("RED " + NEW_REASON);
                after++;
            }
        }
        assertThat(before).as("referrals on the shipped version").isPositive();
        assertThat(after).as("referrals on the published version").isPositive();

        api.post("lead", "/versions/" + shipped + "/publish", "{\"note\": \"roll back\"}").andExpect(status().isOk());
        JsonNode again = PolicyApi.json(Referrals.submit(mvc, Referrals.json("LOAD-X-" + Referrals.newId().substring(2), "2016-05-01", "n")));
        assertThat(again.path("recommendation").path("rag").asText() + again.path("recommendation").path("policyVersion").asText())
                .isEqualTo("AMBER" + shipped);
    }
}
