package frontdoor.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.Json;
import frontdoor.rules.RagRating;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Solves the small day of src/test/resources/days/small.json once and reads the plan like a manager. */
class PlannerTest {
    static PlanInput input;
    static Plan plan;

    @BeforeAll
    static void solve() throws IOException {
        input = PlanReader.read(Files.readString(Path.of("src/test/resources/days/small.json")));
        plan = Planner.withShippedWeights().solve(input, Duration.ofSeconds(3));
    }

    Map<String, Plan.Assignment> assigned() {
        return plan.assignments().stream().collect(Collectors.toMap(Plan.Assignment::taskId, a -> a));
    }

    @Test
    void keepsEveryHardRule() {
        assertThat(PlanChecker.violations(input, plan)).isEmpty();
        assertThat(plan.score()).startsWith("0hard/");
    }

    @Test
    void thePinnedCheckStaysAndTheRedReferralIsOnTime() {
        assertThat(assigned().get("T1")).isEqualTo(new Plan.Assignment("T1", "S2",
                Instant.parse("2026-03-10T09:00:00Z"), Instant.parse("2026-03-10T09:30:00Z")));
        // health check and the police check by 09:30, decision 60 minutes, sign-off 15: by 10:45.
        assertThat(assigned().get("T4").end()).isBeforeOrEqualTo(Instant.parse("2026-03-10T13:00:00Z"));
        assertThat(plan.lateReferrals()).extracting(Plan.LateReferral::referralId).doesNotContain("R-1");
    }

    @Test
    void aSkillNobodyHasLeavesTheTaskUnassignedWithItsReasonAndItsFollowerWaits() {
        Map<String, String> reasons = plan.unassigned().stream().collect(Collectors.toMap(Plan.Unassigned::taskId, Plan.Unassigned::reason));
        assertThat(reasons).containsOnlyKeys("T5", "T6");
        assertThat(reasons.get("T5")).contains("EDUCATION_SYSTEMS", "(no one with the skill)");
        assertThat(reasons.get("T6")).contains("waits for T5", "(precedence)");
    }

    @Test
    void anImpossibleDeadlineIsLateWithMinutesAndReason() {
        // R-3 is due 09:30: check 20, decision 45 and sign-off 15 cannot end before 10:20 (50 minutes late),
        // and its sign-off also waits for R-1's sign-off (an explicit after).
        Plan.LateReferral late = plan.lateReferrals().get(0);
        assertThat(plan.lateReferrals()).hasSize(1);
        assertThat(late.referralId()).isEqualTo("R-3");
        assertThat(late.rag()).isEqualTo(RagRating.AMBER);
        assertThat(late.minutesLate()).isGreaterThanOrEqualTo(50);
        assertThat(late.reason()).contains("R-3 (AMBER) is due at 09:30", "T9", "(precedence)", "no plan can finish it by then");
        assertThat(late.cause()).isEqualTo(Plan.Bound.UNAVOIDABLE);
        assertThat(plan.bound().weightedMisses()).isEqualTo(plan.bound().planWeightedMisses()).isEqualTo(10);
    }

    @Test
    void eachConstraintHasItsTotal() {
        assertThat(plan.constraints()).hasSize(11);
        Plan.ConstraintTotal minutesLate = plan.constraints().stream().filter(c -> c.name().equals("Minutes late")).findFirst().orElseThrow();
        Plan.LateReferral late = plan.lateReferrals().get(0);
        // AMBER weighs 10; the weight of "Minutes late" is 1.
        assertThat(minutesLate).isEqualTo(new Plan.ConstraintTotal("Minutes late", "medium", -10L * late.minutesLate(), 1));
        assertThat(plan.constraints()).filteredOn(c -> c.level().equals("hard")).allMatch(c -> c.total() == 0 && c.matches() == 0);
    }

    @Test
    void writesTheJsonOfAllocationMd() throws IOException {
        JsonNode json = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(plan));
        assertThat(names(json)).containsExactly("score", "assignments", "unassigned", "lateReferrals", "constraints", "bound");
        assertThat(names(json.get("assignments").get(0))).containsExactly("taskId", "staffId", "start", "end");
        assertThat(json.get("assignments").get(0).get("start").asText()).matches("2026-03-10T\\d\\d:\\d\\d:00Z");
        assertThat(names(json.get("lateReferrals").get(0))).containsExactly("referralId", "rag", "minutesLate", "reason", "cause", "bottleneck");
        assertThat(names(json.get("bound"))).containsExactly("weightedMisses", "planWeightedMisses", "unavoidable",
                "unavoidableMisses", "capacity", "summary");
        assertThat(names(json.get("constraints").get(0))).containsExactly("name", "level", "total", "matches");
    }

    @Test
    void theGreedyBaselineIsAPlanToo() {
        Plan greedy = Planner.withShippedWeights().greedy(input);
        assertThat(PlanChecker.violations(input, greedy)).isEmpty();
        assertThat(greedy.unassigned()).extracting(Plan.Unassigned::taskId).containsExactlyInAnyOrder("T5", "T6");
    }

    @Test
    void theChecksOfAReferralThatCannotBeFinishedTodayAreStillDone() {
        // Nobody today may make the decision, so R-1 (due today) cannot be finished; its police check is done
        // all the same, so the decision can be made as soon as someone may make it. The decision says why it waits.
        String tasks = PlanReaderTest.task("T1", "R-1", "POLICE_CHECK", "") + "," + PlanReaderTest.task("T2", "R-1", "SCREENING_DECISION", "");
        PlanInput day = PlanReader.read(PlanReaderTest.day(PlanReaderTest.STAFF, tasks));
        Plan plan = Planner.withShippedWeights().solve(day, Duration.ofSeconds(1));
        assertThat(PlanChecker.violations(day, plan)).isEmpty();
        assertThat(plan.assignments()).extracting(Plan.Assignment::taskId).containsExactly("T1");
        assertThat(plan.unassigned()).containsExactly(
                new Plan.Unassigned("T2", "R-1", "cannot be done: no one with QUALIFIED_SOCIAL_WORKER works today (no one with the skill)."));
        // Due 13:00, unfinished: late until the day ends at 17:00, AMBER.
        assertThat(plan.lateReferrals()).extracting(Plan.LateReferral::minutesLate).containsExactly(240);
        assertThat(plan.constraints()).filteredOn(c -> c.name().equals("Task left for another day"))
                .extracting(Plan.ConstraintTotal::matches).containsExactly(1);
    }

    @Test
    void aReferralThatCannotBeFinishedTodayTakesNoTimeFromOneThatCanBeOnTime() {
        // The RED's health check has no one to do it today. Its police check is still done, but only after the
        // AMBER that the one police officer can finish by its due time.
        String tasks = String.join(",",
                task("H", "R-RED", "RED", "HEALTH_CHECK", "11:00", 30),
                task("P", "R-RED", "RED", "POLICE_CHECK", "11:00", 30),
                task("A", "R-AMBER", "AMBER", "POLICE_CHECK", "10:00", 60));
        PlanInput day = PlanReader.read(PlanReaderTest.day(PlanReaderTest.STAFF, tasks));
        Plan plan = Planner.withShippedWeights().solve(day, Duration.ofSeconds(1));
        assertThat(PlanChecker.violations(day, plan)).isEmpty();
        assertThat(plan.assignments()).extracting(a -> a.taskId() + " " + a.start())
                .containsExactlyInAnyOrder("A 2026-03-10T09:00:00Z", "P 2026-03-10T10:00:00Z");
        assertThat(plan.lateReferrals()).extracting(Plan.LateReferral::referralId).containsExactly("R-RED");
        assertThat(plan.unassigned()).extracting(Plan.Unassigned::taskId).containsExactly("H");
    }

    @Test
    void tomorrowsRedWorkComesBeforeWhatCanBeDoneOfTodaysLateGreen() {
        // The GREEN due today cannot be finished (no one does health checks today); the police officer has room for
        // either its check or tomorrow's RED check, not both: the RED goes first. The GREEN's lateness is put down
        // to the check no one can do, not to the police check that gave way.
        String tasks = String.join(",",
                task("GP", "R-GREEN", "GREEN", "POLICE_CHECK", "10:00", 300),
                task("GH", "R-GREEN", "GREEN", "HEALTH_CHECK", "10:00", 30),
                task("TP", "R-TOMORROW", "RED", "POLICE_CHECK", "10:00", 300).replace("2026-03-10T10:00", "2026-03-11T10:00"));
        PlanInput day = PlanReader.read(PlanReaderTest.day(PlanReaderTest.STAFF, tasks));
        Plan plan = Planner.withShippedWeights().solve(day, Duration.ofSeconds(1));
        assertThat(plan.assignments()).extracting(Plan.Assignment::taskId).containsExactly("TP");
        assertThat(plan.lateReferrals()).singleElement().extracting(Plan.LateReferral::reason).asString()
                .contains("GH (HEALTH_CHECK of R-GREEN)", "no one with the skill");
    }

    private static String task(String id, String referral, String rag, String kind, String due, int minutes) {
        return """
                { "id": "%s", "referralId": "%s", "familyId": "F-%s", "kind": "%s", "rag": "%s",
                  "dueBy": "2026-03-10T%s:00Z", "minutes": %d, "after": [], "pinned": null }""".formatted(id, referral, referral, kind, rag, due, minutes);
    }

    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
