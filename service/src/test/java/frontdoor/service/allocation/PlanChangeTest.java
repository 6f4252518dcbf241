package frontdoor.service.allocation;

import static frontdoor.service.allocation.Day.input;
import static frontdoor.service.allocation.Day.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.planner.Plan;
import frontdoor.planner.PlanInput;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Live changes while a plan stands: a new RED referral, a worker going home, the manager pinning and moving a task. */
@AllocationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanChangeTest {
    @Autowired
    MockMvc mvc;
    Day day;

    @BeforeAll
    void aTeamAndTheirWork() throws Exception {
        day = new Day(mvc);
        day.team();
        for (int i = 0; i < 3; i++) {
            day.referral(Duration.ofMinutes(5));
        }
    }

    @AfterAll
    void theirWorkIsDecided() throws Exception {
        day.decideAll();
    }

    @Test
    void aNewRedReferralIsPlacedInTheNextPlanWithinSeconds() throws Exception {
        String id = day.start().get("id").asText();
        JsonNode standing = day.finished(id);
        String red = day.referral(Duration.ofMinutes(1));

        long began = System.nanoTime();
        JsonNode next = day.change(id, "{\"type\": \"REFERRAL_ARRIVED\", \"referralId\": \"" + red + "\"}");
        Duration took = Duration.ofNanos(System.nanoTime() - began);

        assertThat(took).isLessThan(Duration.ofSeconds(3));
        assertThat(next.get("revision").asInt()).isEqualTo(standing.get("revision").asInt() + 1);
        assertThat(next.get("lastChange").asText()).isEqualTo("referral " + red + " arrived");
        assertThat(placed(next, red)).hasSize(6);
        assertThat(plan(next).lateReferrals()).extracting(Plan.LateReferral::referralId).doesNotContain(red);
        JsonNode solved = day.finished(id);
        assertThat(placed(solved, red)).hasSize(6);
        assertThat(plan(solved).lateReferrals()).extracting(Plan.LateReferral::referralId).doesNotContain(red);
    }

    @Test
    void aWorkerWhoGoesHomeHasNoWorkAfterTheyLeft() throws Exception {
        String id = day.start().get("id").asText();
        Plan standing = plan(day.finished(id));
        String leaver = busiest(standing, List.of("HE-1", "HE-2"));
        String before = day.send(get("/api/v1/roster/" + leaver), null).getResponse().getContentAsString();
        try {
            Instant left = Instant.now();
            JsonNode next = day.change(id, "{\"type\": \"WORKER_LEFT\", \"staffId\": \"" + leaver + "\"}");
            assertThat(plan(next).assignments()).filteredOn(a -> a.staffId().equals(leaver)).allSatisfy(a -> assertThat(a.end()).isBeforeOrEqualTo(left));
            assertThat(plan(next).assignments()).filteredOn(a -> a.staffId().equals(leaver)).isEmpty(); // nothing had started yet
            assertThat(input(next).staff()).filteredOn(s -> s.id().equals(leaver)).singleElement()
                    .satisfies(s -> assertThat(s.windows()).isEmpty());
            assertThat(plan(next).unassigned()).isEmpty(); // the other health worker takes their checks
            JsonNode solved = day.finished(id);
            assertThat(plan(solved).assignments()).noneMatch(a -> a.staffId().equals(leaver));
            assertThat(day.send(get("/api/v1/roster/" + leaver), null).getResponse().getContentAsString()).contains("\"windows\":[{")
                    .doesNotContain(Day.NOW.plus(Duration.ofHours(8)).toString());
        } finally {
            day.send(put("/api/v1/roster/" + leaver), before);
        }
    }

    @Test
    void aManagerPinsAndMovesATaskAndThePlanFollows() throws Exception {
        String id = day.start().get("id").asText();
        Plan standing = plan(day.finished(id));
        Map<String, PlanInput.Task> tasks = input(day.get(id)).tasks().stream().collect(Collectors.toMap(PlanInput.Task::id, Function.identity()));
        Plan.Assignment check = standing.assignments().stream() // a decision: it starts after the checks, so not yet
                .filter(a -> tasks.get(a.taskId()).kind().name().equals("SCREENING_DECISION")).findFirst().orElseThrow();
        String other = List.of("SW-1", "SW-2", "SW-3").stream().filter(s -> !s.equals(check.staffId())).findFirst().orElseThrow();
        Instant later = Today.clock(Day.NOW).plus(Duration.ofHours(6));

        JsonNode moved = day.change(id, "{\"type\": \"PIN\", \"taskId\": \"" + check.taskId() + "\", \"staffId\": \"" + other
                + "\", \"start\": \"" + later + "\"}");
        assertThat(assignment(moved, check.taskId())).isEqualTo(new Plan.Assignment(check.taskId(), other, later, later.plusSeconds(60 * 60)));
        assertThat(task(moved, check.taskId()).pinned()).isEqualTo(new PlanInput.Pin(other, later));
        JsonNode solved = day.finished(id);
        assertThat(assignment(solved, check.taskId())).isEqualTo(assignment(moved, check.taskId()));
        String referral = tasks.get(check.taskId()).referralId();
        assertThat(plan(solved).lateReferrals()).extracting(Plan.LateReferral::referralId).contains(referral); // the decision now waits

        Plan.Assignment stays = plan(solved).assignments().stream()
                .filter(a -> !tasks.get(a.taskId()).referralId().equals(referral)).findFirst().orElseThrow();
        JsonNode pinned = day.change(id, "{\"type\": \"PIN\", \"taskId\": \"" + stays.taskId() + "\"}");
        assertThat(assignment(pinned, stays.taskId())).isEqualTo(stays);
        assertThat(assignment(day.finished(id), stays.taskId())).isEqualTo(stays);

        JsonNode unpinned = day.change(id, "{\"type\": \"UNPIN\", \"taskId\": \"" + check.taskId() + "\"}");
        assertThat(task(unpinned, check.taskId()).pinned()).isNull();
        assertThat(task(unpinned, stays.taskId()).pinned()).isNotNull();
        assertThat(plan(day.finished(id)).lateReferrals()).extracting(Plan.LateReferral::referralId).doesNotContain(referral);
    }

    private static List<Plan.Assignment> placed(JsonNode view, String referralId) throws Exception {
        return plan(view).assignments().stream().filter(a -> a.taskId().startsWith(referralId + "-")).toList();
    }

    private static Plan.Assignment assignment(JsonNode view, String taskId) throws Exception {
        return plan(view).assignments().stream().filter(a -> a.taskId().equals(taskId)).findFirst().orElseThrow();
    }

    private static PlanInput.Task task(JsonNode view, String taskId) throws Exception {
        return input(view).tasks().stream().filter(t -> t.id().equals(taskId)).findFirst().orElseThrow();
    }

    private static String busiest(Plan plan, List<String> among) {
        return among.stream().max(Comparator.comparingLong(s -> plan.assignments().stream().filter(a -> a.staffId().equals(s)).count())).orElseThrow();
    }
}
