package frontdoor.service.dashboard;

import static frontdoor.service.Referrals.get;
import static frontdoor.service.Referrals.post;
import static frontdoor.service.Referrals.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.StrictJson;
import frontdoor.service.ServiceTest;
import frontdoor.service.policy.PolicyHolder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Timeliness on a database of its own: A (AMBER) rises to RED on a police result and is decided AMBER after the RED
 * due time, so it is late although within AMBER's timescale; B waits, its checks overdue. The queue says whom each
 * referral waits for, and flags A for review once a later revision differs from its decision; the dashboard counts each agency's turnaround (hours set on the stored checks) and open checks.
 */
@ServiceTest
@TestPropertySource(properties = "frontdoor.test.database=checks-and-timeliness")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChecksAndTimelinessTest {
    static final String POLICE_HIGH = """
            {"outcome": "FINDINGS", "concerns": [{"code": "CHILD_ABANDONED_OR_LEFT_ALONE", "agency": "POLICE"}],
             "history": {"contactsLast12Months": 2}, "summary": "s", "restricted": false}""";
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Dashboard dashboard;
    @Autowired
    PolicyHolder policy;
    final String run = Long.toString(System.nanoTime(), 36);
    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Period period;

    @BeforeAll
    void aRiseADecisionAndAWait() throws Exception {
        submit(mvc, referral("A", now.minus(Duration.ofHours(10)))).andExpect(status().isCreated());
        submit(mvc, referral("B", now.minus(Duration.ofHours(30)))).andExpect(status().isCreated());
        post(mvc, "worker", at("A") + "/checks/HEALTH_CHECK/result", "{\"outcome\": \"NOTHING_KNOWN\"}").andExpect(status().isOk());
        post(mvc, "police", at("A") + "/checks/POLICE_CHECK/result", POLICE_HIGH).andExpect(status().isOk())
                .andExpect(jsonPath("$.recommendation.rag").value("RED"));
        post(mvc, "worker", at("B") + "/checks/HEALTH_CHECK/result", "{\"outcome\": \"NOTHING_KNOWN\"}").andExpect(status().isOk());
        // as if the rise had come in five hours ago: its due time (four hours on) passed an hour ago
        jdbc.sql("UPDATE revision SET due_by = ? WHERE referral = (SELECT id FROM referral WHERE referral_id = ?)"
                        + " AND revision = (SELECT MAX(revision) FROM revision v JOIN referral r ON r.id = v.referral WHERE r.referral_id = ?)")
                .params(utc(now.minus(Duration.ofHours(1))), id("A"), id("A")).update();
        post(mvc, "worker", at("A") + "/decision", "{\"thresholdLevel\": 3, \"rag\": \"AMBER\", \"pathway\": \"MASH_ENQUIRY\","
                + " \"actions\": [], \"rationale\": \"Police information is old\"}").andExpect(status().isCreated());
        // a later revision (still RED) differs from the decision: it stays, and asks for a review
        post(mvc, "worker", at("A") + "/information", "{\"agency\": \"PROBATION\", \"outcome\": \"NOTHING_KNOWN\"}")
                .andExpect(status().isOk());
        took("A", "HEALTH_CHECK", 2);
        took("A", "POLICE_CHECK", 6);
        took("B", "HEALTH_CHECK", 4);
        LocalDate today = LocalDate.now(policy.current().zone());
        period = dashboard.period(today.minusDays(2).toString(), today.toString());
    }

    @Test
    void theReferralKeepsRecommendedCurrentAndDecidedApartAndItsHighestRag() throws Exception {
        get(mvc, "worker", "/api/v1/referrals/" + id("A")).andExpect(status().isOk())
                .andExpect(jsonPath("$.recommended.rag").value("AMBER")).andExpect(jsonPath("$.current.rag").value("RED"))
                .andExpect(jsonPath("$.decided.rag").value("AMBER")).andExpect(jsonPath("$.rag").value("AMBER"))
                .andExpect(jsonPath("$.highestRag").value("RED")).andExpect(jsonPath("$.needsReview").value(true))
                .andExpect(jsonPath("$.decision.rationale").value("Police information is old"));
    }

    @Test
    void timelinessIsMeasuredAgainstTheHighestRagEverIncludingARise() {
        Figure f = dashboard.figure("timeliness", period);
        assertThat(total(f, DecisionFigures.LATE)).as("A: decided after its RED due time, though within AMBER's").isEqualTo(1);
        assertThat(total(f, DecisionFigures.IN_TIME)).isZero();
        assertThat(total(f, DecisionFigures.OVERDUE)).as("B").isEqualTo(1);
    }

    @Test
    void theQueueSaysWhomEachReferralWaitsForAndWhichChecksAreOverdue() throws Exception {
        JsonNode page = StrictJson.DOCUMENT.tree(get(mvc, "worker", "/api/v1/referrals?size=100").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        JsonNode a = line(page, id("A"));
        JsonNode b = line(page, id("B"));
        assertThat(texts(b.get("waitingFor"))).containsExactly("POLICE", "EDUCATION", "SOCIAL_CARE");
        assertThat(texts(b.get("overdueChecks").findValues("checkId"))).as("due 24 hours after receipt, 6 hours ago")
                .containsExactly("POLICE_CHECK", "EDUCATION_CHECK", "SOCIAL_CARE_CHECK");
        assertThat(texts(a.get("waitingFor"))).containsExactly("EDUCATION", "SOCIAL_CARE");
        assertThat(texts(a.get("overdueChecks").findValues("checkId"))).as("brought forward by the rise, due an hour ago")
                .containsExactly("EDUCATION_CHECK", "SOCIAL_CARE_CHECK");
        assertThat(a.get("needsReview").asBoolean()).as("a revision after the decision differs from it").isTrue();
        assertThat(b.get("needsReview").asBoolean()).isFalse();
        String home = mvc.perform(MockMvcRequestBuilders.get("/").with(user("worker").roles("WORKER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(home).as("B's, as A is decided").contains("3 checks", "past their due time, from", "3 agencies");
    }

    @Test
    void theDashboardCountsEachAgencysTurnaroundAndOpenChecks() throws Exception {
        Figure f = dashboard.figure("check-turnaround", period);
        assertThat(f.categories()).containsExactly("Police", "Health", "Education", "Social care");
        assertThat(values(f, "Median hours")).containsExactly(6.0, 3.0, 0.0, 0.0);
        assertThat(values(f, "90th percentile hours")).containsExactly(6.0, 4.0, 0.0, 0.0);
        assertThat(values(f, "Checks done")).containsExactly(1, 2, 0, 0);
        assertThat(f.summary()).isEqualTo("Slowest by median: Police, 6.0 hours. No result yet from Education, Social care.");
        Figure open = dashboard.figure("open-checks", period);
        assertThat(values(open, CheckFigures.OPEN_OVERDUE)).as("B's police, education, social care; A's education, social care")
                .containsExactly(1L, 0L, 2L, 2L);
        assertThat(values(open, CheckFigures.OPEN_IN_TIME)).containsExactly(0L, 0L, 0L, 0L);
        String csv = mvc.perform(MockMvcRequestBuilders.get("/dashboard/check-turnaround.csv")
                        .param("from", period.first().toString()).param("to", period.last().toString()).with(user("manager").roles("MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("Agency,Median hours,90th percentile hours,Checks done\r\nPolice,6.0,6.0,1\r\nHealth,3.0,4.0,2\r\n");
        get(mvc, "manager", "/api/v1/dashboard?from=" + period.first() + "&to=" + period.last()).andExpect(status().isOk())
                .andExpect(jsonPath("$.figures[?(@.name == 'check-turnaround')].series[0].values[0]").value(6.0));
    }

    /** The check was asked for this many hours before its result was recorded. */
    private void took(String name, String checkId, int hours) {
        jdbc.sql("UPDATE referral_check SET created_at = done_at - " + hours + " * INTERVAL '1' HOUR"
                        + " WHERE check_id = ? AND referral = (SELECT id FROM referral WHERE referral_id = ?)")
                .params(checkId, id(name)).update();
    }

    private String referral(String name, Instant receivedAt) {
        return """
                {"referralId": "%s", "receivedAt": "%s", "source": {"agency": "EDUCATION", "method": "PORTAL"},
                 "child": {"childId": "C-%s", "dateOfBirth": "2019-03-01"}, "consent": "NOT_SOUGHT",
                 "concerns": [{"code": "DOMESTIC_ABUSE_MEDIUM", "agency": "EDUCATION"}]}""".formatted(id(name), receivedAt, id(name));
    }

    private String id(String name) {
        return "CT-" + run + "-" + name;
    }

    private String at(String name) {
        return "/api/v1/referrals/" + id(name);
    }

    private static JsonNode line(JsonNode page, String referralId) {
        for (JsonNode item : page.get("items")) {
            if (item.get("referralId").asText().equals(referralId)) {
                return item;
            }
        }
        throw new AssertionError("not in the queue: " + referralId);
    }

    private static List<String> texts(Iterable<JsonNode> nodes) {
        List<String> out = new java.util.ArrayList<>();
        nodes.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<Number> values(Figure f, String series) {
        return f.series().stream().filter(s -> s.name().equals(series)).findFirst().orElseThrow().values();
    }

    private static long total(Figure f, String series) {
        return values(f, series).stream().mapToLong(Number::longValue).sum();
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
