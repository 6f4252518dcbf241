package frontdoor.service.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.rules.KieMonitoring;
import frontdoor.service.Referrals;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The KIE monitoring add-on on the version in force, read where operators read it: {@code /actuator/prometheus}
 * counts each version's outcomes ({@code string_dmn_result}) and rule firings ({@code drl_match_fired_nanosecond})
 * under its own version id, and nothing a draft's checks evaluate. (Metrics export is off in Spring Boot tests
 * unless asked for, hence {@code @AutoConfigureObservability}: a context of its own.)
 */
@PolicyTest
@AutoConfigureObservability(tracing = false)
class DecisionMetricsTest {
    /** Level 3 parenting concern for a child under 1: ESC:VERY_YOUNG raises it to 4 (RED, STRATEGY_DISCUSSION). */
    static String veryYoung(String id) {
        return Referrals.json(id).replace("DOMESTIC_ABUSE_HIGH", "DOMESTIC_ABUSE_MEDIUM");
    }

    @Autowired
    MockMvc mvc;
    PolicyApi api;
    String shipped;

    @BeforeEach
    void start() throws Exception {
        api = new PolicyApi(mvc);
        shipped = PolicyInForce.compile(PolicyFiles.shipped()).versionId();
    }

    @AfterEach
    void restore() throws Exception {
        api.restore(shipped);
    }

    @Test
    void referralsAreCountedByOutcomeAndRuleFiredUnderTheVersionInForce() throws Exception {
        double red = sample("string_dmn_result_total", outcome("RAG outcome", "RED", shipped));
        double pathway = sample("string_dmn_result_total", outcome("Pathway outcome", "STRATEGY_DISCUSSION", shipped));
        double fired = sample("drl_match_fired_nanosecond_count", rule("ESC:VERY_YOUNG", shipped));
        for (int i = 0; i < 3; i++) {
            Referrals.submit(mvc, veryYoung(Referrals.newId())).andExpect(status().isCreated());
        }
        assertThat(sample("string_dmn_result_total", outcome("RAG outcome", "RED", shipped))).isEqualTo(red + 3);
        assertThat(sample("string_dmn_result_total", outcome("Pathway outcome", "STRATEGY_DISCUSSION", shipped))).isEqualTo(pathway + 3);
        assertThat(sample("drl_match_fired_nanosecond_count", rule("ESC:VERY_YOUNG", shipped))).isEqualTo(fired + 3);
        assertThat(sample("string_dmn_result_total", Map.of("decision", "Age group", "endpoint", "Threshold", "identifier", "UNDER_1",
                "version", shipped))).isGreaterThanOrEqualTo(3);
        // Numbers (the child's age among them) are not recorded: text outcomes only.
        assertThat(scrape()).doesNotContain("number_dmn_result").doesNotContain("Child age");
    }

    @Test
    void aPublishedVersionCountsUnderItsOwnIdFromZeroAndItsChecksAreNotCounted() throws Exception {
        Referrals.submit(mvc, veryYoung(Referrals.newId())).andExpect(status().isCreated());
        double shippedRed = sample("string_dmn_result_total", outcome("RAG outcome", "RED", shipped));

        String draft = api.draft("lead", "metrics of a new version");
        api.put("lead", "/drafts/" + draft + "/files/bundle.json", PolicyFiles.shipped().get("bundle.json").replace("The default", "The default,"));
        api.post("lead", "/drafts/" + draft + "/checks", "").andExpect(status().isOk());
        api.post("lead2", "/drafts/" + draft + "/approve", "{\"note\": \"ok\", \"reference\": \"r\"}").andExpect(status().isOk());
        String published = PolicyApi.json(api.post("lead", "/drafts/" + draft + "/publish", "{\"note\": \"go\"}")
                .andExpect(status().isOk())).path("versionId").asText();
        assertThat(published).isNotEqualTo(shipped);
        // The checks evaluated hundreds of generated referrals on this version; none is a referral.
        assertThat(scrape()).doesNotContain("version=\"" + published + "\"");

        Referrals.submit(mvc, veryYoung(Referrals.newId())).andExpect(status().isCreated());
        assertThat(sample("string_dmn_result_total", outcome("RAG outcome", "RED", published))).isEqualTo(1);
        assertThat(sample("string_dmn_result_total", outcome("Pathway outcome", "STRATEGY_DISCUSSION", published))).isEqualTo(1);
        assertThat(sample("drl_match_fired_nanosecond_count", rule("ESC:VERY_YOUNG", published))).isEqualTo(1);
        assertThat(sample("string_dmn_result_total", outcome("RAG outcome", "RED", shipped))).isEqualTo(shippedRed);
    }

    static Map<String, String> outcome(String decision, String value, String version) {
        return Map.of("decision", decision, "endpoint", "Screening", "identifier", value, "version", version,
                "artifactId", KieMonitoring.ARTIFACT);
    }

    static Map<String, String> rule(String rule, String version) {
        return Map.of("app_id", "escalations", "rule", rule, "version", version, "artifactId", KieMonitoring.ARTIFACT);
    }

    String scrape() throws Exception {
        return Referrals.get(mvc, "manager", "/actuator/prometheus").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The value of the one sample of {@code name} with all these labels, 0 when there is none yet. */
    double sample(String name, Map<String, String> labels) throws Exception {
        return scrape().lines()
                .filter(l -> l.startsWith(name + "{") && labels.entrySet().stream().allMatch(e -> l.contains(e.getKey() + "=\"" + e.getValue() + "\"")))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .reduce((a, b) -> {
                    throw new AssertionError("more than one sample of " + name + " with " + labels);
                }).orElse(0);
    }
}
