package frontdoor.service.allocation;

import static frontdoor.service.allocation.Day.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.planner.Plan;
import frontdoor.planner.PlanInput;
import frontdoor.rules.Json;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The async plan API: start (202), watch until solved with 0 hard, stop early, a bound on plans solving, the analysis. */
@AllocationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanApiTest {
    @Autowired
    MockMvc mvc;
    Day day;
    String late;

    @BeforeAll
    void aTeamAndTheirWork() throws Exception {
        day = new Day(mvc);
        day.team();
        late = day.referral(Duration.ofHours(5)); // due an hour ago: missed whatever the plan does
        for (int i = 0; i < 3; i++) {
            day.referral(Duration.ofMinutes(2));
        }
    }

    @AfterAll
    void theirWorkIsDecided() throws Exception {
        day.decideAll();
    }

    @Test
    void aPlanStartsAtOnceAndIsSolvedWithEveryRuleKept() throws Exception {
        JsonNode started = day.start();
        assertThat(started.get("status").asText()).isEqualTo("SOLVING");
        assertThat(plan(started).assignments()).isNotEmpty(); // the greedy start is there before solving begins

        JsonNode done = day.finished(started.get("id").asText());
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        Plan plan = plan(done);
        assertThat(Day.input(done).tasks()).hasSize(4 * 6);
        assertThat(plan.assignments()).hasSize(4 * 6);
        assertThat(plan.constraints()).extracting(Plan.ConstraintTotal::name).contains("Referral missed", "Workload imbalance");
        assertThat(plan.lateReferrals()).singleElement().satisfies(l -> {
            assertThat(l.referralId()).isEqualTo(late);
            assertThat(l.reason()).startsWith(late + " (RED) is due at").contains("no plan can finish it by then");
            assertThat(l.cause()).isEqualTo(Plan.Bound.UNAVOIDABLE);
        });
        assertThat(plan.bound().weightedMisses()).isEqualTo(100);
        assertThat(plan.bound().summary()).isEqualTo("At least 100 weighted misses are unavoidable today; this plan has 100.");
    }

    @Test
    void workNeedingASkillNobodyOnTheRosterHasIsListedAsUnassignedWithItsReason() throws Exception {
        String educationWorker = day.send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/roster/ED-1"), null)
                .getResponse().getContentAsString();
        assertThat(day.send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/roster/ED-1"), null)
                .getResponse().getStatus()).isEqualTo(204);
        try {
            JsonNode done = day.finished(day.start().get("id").asText());
            java.util.Map<String, PlanInput.Task> tasks = new java.util.HashMap<>();
            Day.input(done).tasks().forEach(t -> tasks.put(t.id(), t));
            assertThat(plan(done).unassigned()).filteredOn(u -> tasks.get(u.taskId()).kind().name().equals("EDUCATION_CHECK"))
                    .hasSize(4).allSatisfy(u -> {
                        assertThat(u.referralId()).isEqualTo(tasks.get(u.taskId()).referralId());
                        assertThat(u.reason()).isEqualTo("cannot be done: no one with EDUCATION_SYSTEMS works today (no one with the skill).");
                    });
            // the referrals that cannot be on time say which skill ran out, in the API and on the manager's page
            assertThat(plan(done).lateReferrals()).filteredOn(l -> l.bottleneck() != null).isNotEmpty()
                    .allSatisfy(l -> assertThat(l.bottleneck()).isEqualTo("EDUCATION_SYSTEMS"));
            String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/plans/" + done.get("id").asText())
                            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("manager").roles("MANAGER")))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("Unavoidable: Education systems ran out");
            // the answer to the manager's first question comes before how the solving stands
            assertThat(page.indexOf("id=\"late-heading\"")).isLessThan(page.indexOf("id=\"late\""));
            assertThat(page.indexOf("id=\"late\"")).isLessThan(page.indexOf("id=\"progress\""));
            assertThat(page).containsPattern("<td class=\"govuk-table__cell\">\\d+ (day|hour|minute)s?( \\d+ (hour|minute)s?)?</td>");
        } finally {
            day.send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/roster/ED-1"), educationWorker);
        }
    }

    @Test
    void deleteStopsSolvingEarlyAndKeepsTheBestPlan() throws Exception {
        String id = day.start().get("id").asText();
        JsonNode stopped = day.stop(id);
        assertThat(stopped.get("status").asText()).isEqualTo("STOPPED");
        assertThat(plan(stopped).assignments()).isNotEmpty();
        assertThat(day.stop(id).get("status").asText()).isEqualTo("STOPPED");
        assertThat(day.send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/plans/no-such-plan"), null)
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void atMostTwoPlansSolveAtOnce() throws Exception {
        String a = day.start().get("id").asText();
        String b = day.start().get("id").asText();
        MvcResult third = day.send(post("/api/v1/plans"), null);
        assertThat(third.getResponse().getStatus()).isEqualTo(429);
        assertThat(third.getResponse().getContentType()).isEqualTo("application/problem+json");
        day.stop(a);
        day.stop(b);
    }

    @Test
    void theAnalysisGivesEachConstraintsTotalAndTheReasonsBehindIt() throws Exception {
        String id = day.finished(day.start().get("id").asText()).get("id").asText();
        JsonNode analysis = Json.MAPPER.readTree(day.send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/plans/" + id + "/analysis"), null).getResponse().getContentAsString());
        assertThat(analysis.get("score").asText()).startsWith("0hard/");
        assertThat(analysis.get("constraints")).hasSize(11);
        assertThat(analysis.get("bound").get("weightedMisses").asLong()).isEqualTo(100);
        assertThat(analysis.get("bound").get("unavoidableMisses").get(0).get("referralId").asText()).isEqualTo(late);
        JsonNode missed = constraint(analysis, "Referral missed");
        assertThat(missed.get("level").asText()).isEqualTo("medium");
        assertThat(missed.get("total").asLong()).isEqualTo(-100_000); // one RED referral missed: 1000 x 100
        assertThat(missed.get("justifications").get(0).get("justification").get("description").asText())
                .startsWith(late + " (RED) is due at").contains("minutes late");
        JsonNode imbalance = constraint(analysis, "Workload imbalance");
        assertThat(imbalance.get("justifications")).isNotEmpty();
        assertThat(imbalance.get("justifications").get(0).get("justification").get("description").asText()).contains("is booked for");
        assertThat(constraint(analysis, "One task at a time").get("total").asLong()).isZero();
    }

    private static JsonNode constraint(JsonNode analysis, String name) {
        for (JsonNode c : analysis.get("constraints")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no constraint " + name);
    }
}
