package frontdoor.service.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import frontdoor.planner.PlanInput;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A refused roster or plan request changes nothing: the roster, the plans and the audit trail read the
 * same before and after, whichever check refuses it, including one that comes after the roster would
 * have changed (a worker leaving who was the last one working).
 */
@AllocationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusedRequestsChangeNothingTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Day day;
    String standing;

    /** What a refused request must leave as it was. */
    record Stored(List<Map<String, Object>> roster, List<Map<String, Object>> plans, long auditEntries) {
    }

    @BeforeAll
    void aStandingPlan() throws Exception {
        day = new Day(mvc);
        day.team();
        day.referral(Duration.ofMinutes(4));
        standing = day.start().get("id").asText();
        day.finished(standing);
    }

    @AfterEach
    void theWholeTeamAgain() throws Exception {
        day.team();
    }

    @AfterAll
    void theirWorkIsDecided() throws Exception {
        day.decideAll();
    }

    @Test
    void aRefusedRosterPutOrDeleteChangesNothing() throws Exception {
        Stored before = stored();
        refused(put("/api/v1/roster/SW-1"), Day.staff("SW-1", "ASTROLOGY", "QUALIFIED_SOCIAL_WORKER"), 400);
        refused(put("/api/v1/roster/SW-1"), "{", 400);
        refused(put("/api/v1/roster/SW-1"), Day.staff("SW-2", "SOCIAL_CARE", "QUALIFIED_SOCIAL_WORKER"), 400); // id differs from the path
        refused(delete("/api/v1/roster/XX-404"), null, 404);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aRefusedPlanStartChangesNothing() throws Exception {
        nobodyWorksBut(List.of());
        Stored before = stored();
        refused(post("/api/v1/plans"), null, 409);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aRefusedChangeOfEachKindChangesNothing() throws Exception {
        PlanInput.Task decision = Day.input(day.get(standing)).tasks().stream()
                .filter(t -> t.kind().name().equals("SCREENING_DECISION")).findFirst().orElseThrow();
        Stored before = stored();
        List<String> changes = List.of("{\"type\": \"TELEPORT\"}", "{",
                "{\"type\": \"REFERRAL_ARRIVED\", \"referralId\": \"T-never-sent\"}",
                "{\"type\": \"WORKER_LEFT\", \"staffId\": \"XX-9\"}",
                "{\"type\": \"PIN\", \"taskId\": \"T-nothing-1\"}",
                "{\"type\": \"PIN\", \"taskId\": \"" + decision.id() + "\", \"staffId\": \"PO-1\", \"start\": \"" + Day.NOW.plus(Duration.ofHours(2)) + "\"}",
                "{\"type\": \"UNPIN\", \"taskId\": \"T-nothing-1\"}");
        for (String change : changes) {
            refused(post("/api/v1/plans/" + standing + "/changes"), change, 400);
        }
        refused(post("/api/v1/plans/no-such-plan/changes"), "{\"type\": \"REPLAN\"}", 404);
        assertThat(stored()).isEqualTo(before);
    }

    /** Before, the roster kept the leaver's shortened windows although the change was refused. */
    @Test
    void aWorkerLeavingWhoWasTheLastOneWorkingIsRefusedAndTheRosterStaysAsItWas() throws Exception {
        nobodyWorksBut(List.of("SW-1"));
        Stored before = stored();
        refused(post("/api/v1/plans/" + standing + "/changes"), "{\"type\": \"WORKER_LEFT\", \"staffId\": \"SW-1\"}", 409);
        assertThat(stored()).isEqualTo(before);
        nobodyWorksBut(List.of());
        before = stored();
        refused(post("/api/v1/plans/" + standing + "/changes"), "{\"type\": \"REPLAN\"}", 409);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aChangeOrStartRefusedWhileTwoPlansSolveChangesNothing() throws Exception {
        String a = day.start().get("id").asText();
        String b = day.start().get("id").asText();
        try {
            Stored before = stored();
            refused(post("/api/v1/plans/" + standing + "/changes"), "{\"type\": \"WORKER_LEFT\", \"staffId\": \"HE-1\"}", 429);
            refused(post("/api/v1/plans"), null, 429);
            Stored after = stored();
            assertThat(after.roster()).isEqualTo(before.roster());
            assertThat(after.auditEntries()).isEqualTo(before.auditEntries());
            assertThat(after.plans()).hasSameSizeAs(before.plans()).filteredOn(p -> p.get("ID").equals(standing))
                    .isEqualTo(before.plans().stream().filter(p -> p.get("ID").equals(standing)).toList());
        } finally {
            day.stop(a);
            day.stop(b);
        }
    }

    @Test
    void aRefusedStopChangesNothingAndStoppingAFinishedPlanRecordsNothing() throws Exception {
        Stored before = stored();
        refused(delete("/api/v1/plans/no-such-plan"), null, 404);
        assertThat(day.stop(standing).get("status").asText()).isEqualTo("DONE");
        assertThat(stored()).isEqualTo(before);
    }

    /** Everyone's windows ended half an hour ago, except these staff members'. */
    private void nobodyWorksBut(List<String> working) throws Exception {
        for (String[] s : Day.TEAM) {
            if (!working.contains(s[0])) {
                String gone = Day.staff(s[0], s[1], s[2]).replace(Day.NOW.plus(Duration.ofHours(8)).toString(),
                        Day.NOW.minus(Duration.ofMinutes(30)).toString());
                assertThat(day.send(put("/api/v1/roster/" + s[0]), gone).getResponse().getStatus()).isEqualTo(200);
            }
        }
    }

    private void refused(MockHttpServletRequestBuilder request, String body, int status) throws Exception {
        var response = day.send(request, body).getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
    }

    private Stored stored() {
        return new Stored(jdbc.sql("SELECT * FROM roster_staff ORDER BY staff_id").query().listOfRows(),
                jdbc.sql("SELECT * FROM allocation_plan ORDER BY id").query().listOfRows(),
                jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single());
    }
}
