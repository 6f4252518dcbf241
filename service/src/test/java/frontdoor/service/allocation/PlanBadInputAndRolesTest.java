package frontdoor.service.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.planner.Plan;
import frontdoor.planner.PlanInput;
import frontdoor.rules.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Changes that cannot apply are refused with every problem named and change nothing; only a manager plans. */
@AllocationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanBadInputAndRolesTest {
    @Autowired
    MockMvc mvc;
    Day day;
    String id;
    JsonNode standing;

    @BeforeAll
    void aStandingPlan() throws Exception {
        day = new Day(mvc);
        day.team();
        day.referral(Duration.ofMinutes(3));
        id = day.start().get("id").asText();
        standing = day.finished(id);
    }

    @AfterAll
    void stop() throws Exception {
        day.stop(id);
        day.decideAll();
    }

    @Test
    void aChangeOfUnknownShapeNamesEveryProblem() throws Exception {
        assertThat(paths(refused("{\"type\": \"TELEPORT\", \"colour\": 1, \"staffId\": 7}")))
                .containsExactlyInAnyOrder("$.type", "$.colour", "$.staffId");
        assertThat(paths(refused("{\"type\": \"UNPIN\", \"referralId\": \"R-1\"}"))).containsExactlyInAnyOrder("$.referralId", "$.taskId");
        assertThat(paths(refused("{\"type\": \"PIN\", \"taskId\": \"x\", \"staffId\": \"PO-1\", \"start\": \"soon\"}")))
                .containsExactlyInAnyOrder("$.start");
        assertThat(paths(refused("{\"type\": \"PIN\", \"taskId\": \"x\", \"staffId\": \"PO-1\"}"))).containsExactly("$.start");
        assertThat(paths(refused("[1]"))).containsExactly("$");
        assertThat(paths(refused("{"))).containsExactly("$");
        assertThat(paths(refused("{\"type\": \"REPLAN\", \"type\": \"UNPIN\"}"))).containsExactly("$.type");
        assertThat(paths(refused("{\"type\": \"REPLAN\"} {\"type\": \"UNPIN\"}"))).containsExactly("$");
    }

    @Test
    void aChangeThatCannotApplyNamesEveryProblemAndChangesNothing() throws Exception {
        JsonNode now = day.finished(id);
        PlanInput input = Day.input(now);
        PlanInput.Task decision = input.tasks().stream().filter(t -> t.kind().name().equals("SCREENING_DECISION")).findFirst().orElseThrow();
        JsonNode problems = refused("{\"type\": \"PIN\", \"taskId\": \"" + decision.id() + "\", \"staffId\": \"PO-1\", \"start\": \""
                + Day.NOW.minus(Duration.ofMinutes(30)) + "\"}");
        assertThat(paths(problems)).containsExactlyInAnyOrder("$.staffId", "$.start");
        assertThat(problems.toString()).contains("does not have QUALIFIED_SOCIAL_WORKER", "must not be before now");
        assertThat(paths(refused("{\"type\": \"PIN\", \"taskId\": \"" + decision.id() + "\", \"staffId\": \"SW-1\", \"start\": \""
                + Day.NOW.plus(Duration.ofHours(7)).plusSeconds(60 * 30) + "\"}"))).containsExactly("$.start"); // runs past the window
        assertThat(paths(refused("{\"type\": \"PIN\", \"taskId\": \"T-nothing-1\"}"))).containsExactly("$.taskId");
        assertThat(paths(refused("{\"type\": \"WORKER_LEFT\", \"staffId\": \"XX-9\"}"))).containsExactly("$.staffId");
        assertThat(paths(refused("{\"type\": \"REFERRAL_ARRIVED\", \"referralId\": \"T-never-sent\"}"))).containsExactly("$.referralId");
        assertThat(day.get(id).get("revision").asInt()).isEqualTo(now.get("revision").asInt());
        assertThat(day.send(post("/api/v1/plans/no-such-plan/changes"), "{\"type\": \"REPLAN\"}").getResponse().getStatus()).isEqualTo(404);
        assertThat(day.send(get("/api/v1/plans/no-such-plan"), null).getResponse().getStatus()).isEqualTo(404);
        assertThat(day.send(get("/api/v1/plans/no-such-plan/analysis"), null).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aReplanWithNothingChangedKeepsThePlan() throws Exception {
        Plan before = Day.plan(day.get(id));
        JsonNode next = day.change(id, "{\"type\": \"REPLAN\"}");
        assertThat(Day.plan(next).assignments()).filteredOn(a -> a.start().isAfter(Today.clock(java.time.Instant.now())))
                .isSubsetOf(before.assignments());
        day.finished(id);
    }

    @Test
    void onlyAManagerPlansOthersAre403AndNoCredentials401() throws Exception {
        List<MockHttpServletRequestBuilder> requests = List.of(post("/api/v1/plans"), get("/api/v1/plans"), get("/api/v1/plans/" + id),
                delete("/api/v1/plans/" + id), post("/api/v1/plans/" + id + "/changes").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"REPLAN\"}"), get("/api/v1/plans/" + id + "/analysis"));
        for (MockHttpServletRequestBuilder request : requests) {
            for (String user : List.of("worker", "lead", "auditor")) {
                assertThat(mvc.perform(request.with(httpBasic(user, "demo"))).andReturn().getResponse().getStatus()).isEqualTo(403);
            }
            assertThat(mvc.perform(request.with(r -> {
                r.removeHeader("Authorization");
                return r;
            })).andReturn().getResponse().getStatus()).isEqualTo(401);
        }
        assertThat(day.send(get("/api/v1/plans"), null).getResponse().getStatus()).isEqualTo(200);
    }

    private JsonNode refused(String change) throws Exception {
        MvcResult r = day.send(post("/api/v1/plans/" + id + "/changes"), change);
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(400);
        assertThat(r.getResponse().getContentType()).isEqualTo("application/problem+json");
        return Json.MAPPER.readTree(r.getResponse().getContentAsString());
    }

    private static List<String> paths(JsonNode problem) {
        List<String> paths = new ArrayList<>();
        problem.get("errors").forEach(e -> paths.add(e.get("path").asText()));
        return paths;
    }
}
