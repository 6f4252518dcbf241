package frontdoor.service.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.Recommendation;
import frontdoor.rules.Recommender;
import frontdoor.service.Referrals;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The "done when": a test draft that makes RAG row R5 (level 3 with medium- or high-risk domestic
 * abuse) GREEN instead of AMBER is replayed on referrals stored in one period; its counts are known in
 * advance (three referrals fall from AMBER to GREEN) and equal a replay of the same stored inputs by hand.
 */
@PolicyTest
class ImpactTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PolicyHolder holder;
    PolicyApi api;

    @BeforeEach
    void start() {
        api = new PolicyApi(mvc);
    }

    /** A draft whose R5 says GREEN. */
    static String r5Green(PolicyApi api) throws Exception {
        String draft = api.draft("lead", "R5 green");
        String screening = api.text("lead", "/drafts/" + draft + "/files/screening.dmn").replaceFirst(
                "<outputEntry><text>\"AMBER\"</text></outputEntry>(\\s*<outputEntry><text>Referral facts.Concern codes\\[item = \"DOMESTIC_ABUSE_MEDIUM\")",
                "<outputEntry><text>\"GREEN\"</text></outputEntry>$1");
        api.put("lead", "/drafts/" + draft + "/files/screening.dmn", screening).andExpect(status().isOk());
        return draft;
    }

    static String referral(String id, Instant at, String code) {
        return """
                {"referralId": "%s", "receivedAt": "%s", "source": {"agency": "SOCIAL_CARE", "method": "PORTAL"},
                 "child": {"childId": "C-%s", "dateOfBirth": "2014-03-01"}, "consent": "GIVEN",
                 "concerns": [{"code": "%s", "agency": "EDUCATION", "note": "never shown"}]}""".formatted(id, at, id, code);
    }

    @Test
    void theCountsAreKnownInAdvanceAndEqualAReplayByHand() throws Exception {
        Instant from = Instant.parse("2025-03-01T00:00:00Z").plus(Duration.ofDays(new java.util.Random().nextInt(300)));
        List<String> falls = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String[] codes = {"DOMESTIC_ABUSE_MEDIUM", "PERSISTENT_ABSENCE", "DOMESTIC_ABUSE_MEDIUM", "DOMESTIC_ABUSE_HIGH",
                "PERSISTENT_ABSENCE", "DOMESTIC_ABUSE_MEDIUM"};
        for (int i = 0; i < codes.length; i++) {
            String id = "IMP-" + UUID.randomUUID();
            Referrals.submit(mvc, referral(id, from.plus(Duration.ofHours(i + 1)), codes[i])).andExpect(status().isCreated());
            ids.add(id);
            if (codes[i].equals("DOMESTIC_ABUSE_MEDIUM")) {
                falls.add(id);
            }
        }
        Referrals.submit(mvc, referral("IMP-" + UUID.randomUUID(), from.minus(Duration.ofHours(1)), "DOMESTIC_ABUSE_MEDIUM"))
                .andExpect(status().isCreated()); // before the period: not replayed
        String draft = r5Green(api);

        JsonNode report = PolicyApi.json(api.post("lead", "/drafts/" + draft + "/impact",
                "{\"from\": \"" + from + "\", \"to\": \"" + from.plus(Duration.ofDays(1)) + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.referrals").value(6))
                .andExpect(jsonPath("$.changed.thresholdLevel").value(0))
                .andExpect(jsonPath("$.changed.rag").value(3))
                .andExpect(jsonPath("$.changed.pathway").value(0))
                .andExpect(jsonPath("$.changed.actions").value(0))
                .andExpect(jsonPath("$.lower").value(3))
                .andExpect(jsonPath("$.higher").value(0))
                .andExpect(jsonPath("$.inForce").value(holder.current().versionId()))
                .andExpect(jsonPath("$.byRule[0].output").value("rag"))
                .andExpect(jsonPath("$.byRule[0].from").value("AMBER"))
                .andExpect(jsonPath("$.byRule[0].to").value("GREEN"))
                .andExpect(jsonPath("$.byRule[0].before[0]").value("R5"))
                .andExpect(jsonPath("$.byRule[0].referrals").value(3))
                .andExpect(jsonPath("$.workload.red.before").value(0))
                .andExpect(jsonPath("$.workload.checks.after").isNumber()));
        List<String> fallIds = new ArrayList<>();
        report.path("falls").forEach(f -> fallIds.add(f.path("referralId").asText()));
        assertThat(fallIds).containsExactlyElementsOf(falls);
        assertThat(report.path("falls").get(0).path("ragBefore").asText()).isEqualTo("AMBER");
        assertThat(report.path("falls").get(0).path("ragAfter").asText()).isEqualTo("GREEN");
        assertThat(report.toString()).doesNotContain("never shown");

        // By hand: the stored inputs of the same referrals, evaluated on both versions.
        Recommender inForce = holder.current().recommender();
        Recommender drafted = PolicyInForce.compile(filesOf(draft)).recommender();
        int rag = 0;
        int lower = 0;
        for (String id : ids) {
            String input = jdbc.sql("SELECT v.input FROM revision v JOIN referral r ON r.id = v.referral WHERE r.referral_id = ?")
                    .param(id).query(String.class).single();
            Recommendation a = inForce.recommend(inForce.reader().read(input));
            Recommendation b = drafted.recommend(drafted.reader().read(input));
            rag += a.rag() != b.rag() ? 1 : 0;
            lower += b.rag().ordinal() > a.rag().ordinal() || b.thresholdLevel() < a.thresholdLevel() ? 1 : 0;
        }
        assertThat(report.path("changed").path("rag").asInt()).isEqualTo(rag).isEqualTo(3);
        assertThat(report.path("lower").asInt()).isEqualTo(lower);
    }

    @Test
    void theDefaultPeriodIsTheLastNinetyDaysAndBadInputIsRefused() throws Exception {
        String draft = r5Green(api);
        JsonNode report = PolicyApi.json(api.post("lead", "/drafts/" + draft + "/impact", "").andExpect(status().isOk()));
        Instant to = Instant.parse(report.path("to").asText());
        assertThat(Duration.between(to, Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(Instant.parse(report.path("from").asText())).isEqualTo(to.minus(Duration.ofDays(90)));
        api.post("lead", "/drafts/" + draft + "/impact", "{\"from\": \"yesterday\", \"until\": 1}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].path").value(org.hamcrest.Matchers.containsInAnyOrder("$.from", "$.until")));
        api.post("lead", "/drafts/" + draft + "/impact", "{\"from\": \"2026-02-01T00:00:00Z\", \"to\": \"2026-01-01T00:00:00Z\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("$.from"));
        api.post("lead", "/drafts/nope/impact", "").andExpect(status().isNotFound());
        api.post("worker", "/drafts/" + draft + "/impact", "").andExpect(status().isForbidden());
    }

    @Test
    void theApproverSeesTheDraftsChangesAsRowsAndCells() throws Exception {
        String draft = r5Green(api);
        api.get("lead2", "/drafts/" + draft + "/changes").andExpect(status().isOk())
                .andExpect(jsonPath("$.basedOn").value(holder.current().versionId()))
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.tables[0].table").value("RAG rating"))
                .andExpect(jsonPath("$.tables[0].rows[0].rule").value("R5"))
                .andExpect(jsonPath("$.tables[0].rows[0].change").value("CHANGED"))
                .andExpect(jsonPath("$.tables[0].rows[0].cells[0].column").value("rag"))
                .andExpect(jsonPath("$.tables[0].rows[0].cells[0].before").value("\"AMBER\""))
                .andExpect(jsonPath("$.tables[0].rows[0].cells[0].after").value("\"GREEN\""))
                .andExpect(jsonPath("$.rules").isEmpty())
                .andExpect(jsonPath("$.values").isEmpty());
        api.get("manager", "/drafts/" + draft + "/changes").andExpect(status().isForbidden());
        api.get("lead", "/drafts/nope/changes").andExpect(status().isNotFound());
    }

    private java.util.Map<String, String> filesOf(String draft) throws Exception {
        java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
        for (String name : PolicyFiles.REQUIRED) {
            files.put(name, api.text("lead", "/drafts/" + draft + "/files/" + name));
        }
        return files;
    }
}
