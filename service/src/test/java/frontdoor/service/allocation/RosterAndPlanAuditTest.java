package frontdoor.service.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Roster and plan changes are in the audit chain: who, what, which staff member or plan, with ids only; the chain stays intact. */
@AllocationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RosterAndPlanAuditTest {
    @Autowired
    MockMvc mvc;
    Day day;

    @BeforeAll
    void aTeamAndTheirWork() throws Exception {
        day = new Day(mvc);
        day.team();
        day.referral(Duration.ofMinutes(6));
    }

    @AfterAll
    void theirWorkIsDecided() throws Exception {
        day.team();
        day.decideAll();
    }

    @Test
    void rosterChangesAreAudited() throws Exception {
        String staff = Day.staff("AU-1", "HEALTH", "HEALTH_SYSTEMS");
        assertThat(day.send(put("/api/v1/roster/AU-1"), staff).getResponse().getStatus()).isEqualTo(201);
        assertThat(day.send(put("/api/v1/roster/AU-1"), staff).getResponse().getStatus()).isEqualTo(200);
        assertThat(day.send(delete("/api/v1/roster/AU-1"), null).getResponse().getStatus()).isEqualTo(204);

        assertThat(trail("AU-1")).containsExactly(
                "manager ROSTER_CHANGED {\"staffId\":\"AU-1\",\"added\":true}",
                "manager ROSTER_CHANGED {\"staffId\":\"AU-1\",\"added\":false}",
                "manager ROSTER_REMOVED {\"staffId\":\"AU-1\"}");
        assertIntact();
    }

    @Test
    void planStartChangesAndStopAreAudited() throws Exception {
        JsonNode started = day.start();
        String id = started.get("id").asText();
        int tasks = Day.input(started).tasks().size();
        int staff = Day.input(started).staff().size();
        day.finished(id);
        day.change(id, "{\"type\": \"WORKER_LEFT\", \"staffId\": \"HE-2\"}");
        day.change(id, "{\"type\": \"UNPIN\", \"taskId\": \"" + Day.input(started).tasks().get(0).id() + "\"}");
        day.stop(id);

        assertThat(trail(id)).containsExactly(
                "manager PLAN_STARTED {\"planId\":\"" + id + "\",\"revision\":1,\"staff\":" + staff + ",\"tasks\":" + tasks + "}",
                "manager PLAN_CHANGED {\"planId\":\"" + id + "\",\"revision\":2,\"change\":\"WORKER_LEFT\",\"staffId\":\"HE-2\"}",
                "manager PLAN_CHANGED {\"planId\":\"" + id + "\",\"revision\":3,\"change\":\"UNPIN\",\"taskId\":\""
                        + Day.input(started).tasks().get(0).id() + "\"}",
                "manager PLAN_STOPPED {\"planId\":\"" + id + "\",\"revision\":3}");
        assertThat(trail("HE-2")).last().isEqualTo("manager ROSTER_CHANGED {\"staffId\":\"HE-2\",\"added\":false}");
        assertIntact();
    }

    /** The audit entries about one subject, as "actor ACTION detail". */
    private List<String> trail(String subject) throws Exception {
        JsonNode entries = Json.MAPPER.readTree(mvc.perform(get("/api/v1/audit").param("subject", subject).with(httpBasic("auditor", "demo")))
                .andReturn().getResponse().getContentAsString());
        List<String> trail = new ArrayList<>();
        entries.forEach(e -> trail.add(e.get("actor").asText() + " " + e.get("action").asText() + " " + e.get("detail").asText()));
        return trail;
    }

    private void assertIntact() throws Exception {
        JsonNode verification = Json.MAPPER.readTree(mvc.perform(get("/api/v1/audit/verify").with(httpBasic("auditor", "demo")))
                .andReturn().getResponse().getContentAsString());
        assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
    }
}
