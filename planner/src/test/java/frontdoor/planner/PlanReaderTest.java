package frontdoor.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import frontdoor.rules.InvalidInputException;
import frontdoor.rules.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanReaderTest {
    static final String STAFF = """
            { "id": "S1", "agency": "POLICE", "skills": ["POLICE_SYSTEMS"],
              "windows": [ { "start": "2026-03-10T09:00:00Z", "end": "2026-03-10T17:00:00Z" } ] }""";

    static String task(String id, String referral, String kind, String after) {
        return """
                { "id": "%s", "referralId": "%s", "familyId": "F-1", "kind": "%s", "rag": "AMBER",
                  "dueBy": "2026-03-10T13:00:00Z", "minutes": 30, "after": [%s], "pinned": null }""".formatted(id, referral, kind, after);
    }

    static String day(String staff, String tasks) {
        return "{ \"planDate\": \"2026-03-10\", \"timezone\": \"Europe/London\", \"staff\": [" + staff + "], \"tasks\": [" + tasks + "] }";
    }

    List<String> problems(String json) {
        InvalidInputException e = catchThrowableOfType(() -> PlanReader.read(json), InvalidInputException.class);
        assertThat(e).as("refused").isNotNull();
        return e.problems().stream().map(p -> p.path() + ": " + p.reason()).toList();
    }

    @Test
    void readsTheExampleDay() throws IOException {
        PlanInput input = PlanReader.read(Files.readString(Path.of("src/test/resources/days/small.json")));
        assertThat(input.staff()).hasSize(4);
        assertThat(input.tasks()).hasSize(9);
        assertThat(input.tasks().get(0).pinned().staffId()).isEqualTo("S2");
        assertThat(input.tasks().get(8).after()).containsExactly("T4");
    }

    @Test
    void aSkillNobodyHasIsNotBadInput() {
        assertThat(PlanReader.read(day(STAFF, task("T1", "R-1", "HEALTH_CHECK", ""))).tasks()).hasSize(1);
    }

    @Test
    void namesEveryProblemAtOnce() {
        String staff = STAFF + ", " + STAFF.replace("POLICE_SYSTEMS", "FLYING").replace("17:00:00Z", "08:00:00Z")
                .replace("\"agency\": \"POLICE\"", "\"agency\": \"POLICE\", \"grade\": 7");
        String tasks = String.join(",", task("T1", "R-1", "POLICE_CHECK", "\"T9\""), task("T1", "R-2", "POLICE_CHECK", ""),
                task("T3", "R-3", "TEA_BREAK", ""), task("T4", "R-4", "POLICE_CHECK", "\"T5\"").replace("AMBER", "PURPLE"),
                task("T5", "R-4", "POLICE_CHECK", "\"T4\"").replace("2026-03-10T13:00:00Z", "1pm"));
        assertThat(problems(day(staff, tasks))).containsExactlyInAnyOrder(
                "$.staff[1].grade: unknown field",
                "$.staff[1].skills[0]: must be one of [POLICE_SYSTEMS, HEALTH_SYSTEMS, EDUCATION_SYSTEMS, SOCIAL_CARE_SYSTEMS, QUALIFIED_SOCIAL_WORKER, MASH_MANAGER]",
                "$.staff[1].id: duplicate staff id S1",
                "$.staff[1].windows[0].end: must be after the window's start",
                "$.tasks[0].after[0]: names no task of this plan: T9",
                "$.tasks[1].id: duplicate task id T1",
                "$.tasks[2].kind: must be one of [POLICE_CHECK, HEALTH_CHECK, EDUCATION_CHECK, SOCIAL_CARE_CHECK, SCREENING_DECISION, MANAGER_SIGN_OFF]",
                "$.tasks[3].rag: must be one of [RED, AMBER, GREEN]",
                "$.tasks[4].dueBy: must be an ISO-8601 instant, such as 2026-11-23T09:15:00Z",
                "$.tasks[3].after: is part of a precedence cycle: T4 -> T5 -> T4");
    }

    @Test
    void aCycleThroughTheImpliedOrderIsBadInput() {
        // The decision follows the check by the recipe; the check asking to follow the decision closes a cycle.
        String tasks = task("T1", "R-1", "POLICE_CHECK", "\"T2\"") + "," + task("T2", "R-1", "SCREENING_DECISION", "");
        assertThat(problems(day(STAFF, tasks))).containsExactly("$.tasks[0].after: is part of a precedence cycle: T1 -> T2 -> T1");
    }

    @Test
    void tasksOfOneReferralMustAgreeAndPinsNameKnownStaff() {
        String tasks = task("T1", "R-1", "POLICE_CHECK", "") + ","
                + task("T2", "R-1", "SCREENING_DECISION", "").replace("AMBER", "RED").replace("\"pinned\": null",
                "\"pinned\": { \"staffId\": \"S7\", \"start\": \"2026-03-10T10:00:00Z\" }");
        assertThat(problems(day(STAFF, tasks))).containsExactlyInAnyOrder(
                "$.tasks[1].rag: differs from task T1 of the same referral",
                "$.tasks[1].pinned.staffId: names no staff member of this plan: S7");
    }

    @Test
    void missingFieldsAndNotJson() {
        assertThat(problems("{\"planDate\": \"10/03/2026\", \"timezone\": \"Mars/Olympus\"}")).containsExactlyInAnyOrder(
                "$.planDate: must be an ISO-8601 date, such as 2026-06-02", "$.timezone: must be a time zone id, such as Europe/London",
                "$.staff: is required", "$.tasks: is required");
        assertThat(problems("{ not json")).hasSize(1).allMatch(p -> p.startsWith("$: malformed JSON at line 1"));
        assertThat(problems(day(STAFF, "{ \"id\": \"T1\" }"))).contains("$.tasks[0].referralId: is required",
                "$.tasks[0].minutes: is required", "$.tasks[0].dueBy: is required");
    }

    @Test
    void inputBuiltInCodeIsCheckedTheSameWay() {
        var staff = new PlanInput.Staff("S1", null, java.util.List.of(frontdoor.planner.domain.Skill.POLICE_SYSTEMS),
                List.of(new PlanInput.Window(java.time.Instant.parse("2026-03-10T09:00:00Z"), null)));
        var task = new PlanInput.Task("T1", "R-1", null, frontdoor.planner.domain.TaskKind.POLICE_CHECK, null,
                frontdoor.rules.RagRating.RED, java.time.Instant.parse("2026-03-10T13:00:00Z"), 0, List.of("T7"), null);
        InvalidInputException e = catchThrowableOfType(() -> PlanInputChecks.check(
                new PlanInput(java.time.LocalDate.parse("2026-03-10"), "Europe/London", List.of(staff), List.of(task))),
                InvalidInputException.class);
        assertThat(e.problems()).extracting(p -> p.path() + ": " + p.reason()).containsExactlyInAnyOrder(
                "$.staff[0].agency: is required", "$.staff[0].windows[0].end: is required",
                "$.tasks[0].familyId: is required", "$.tasks[0].minutes: must be a whole number from 1 to 720",
                "$.tasks[0].after[0]: names no task of this plan: T7");
    }

    @Test
    void problemsNameNoValuesOfPersonalData() {
        // Paths and rules only: the bad value itself is not echoed back (ids are, as they name the fix).
        List<Problem> problems = catchThrowableOfType(() -> PlanReader.read(day(STAFF, task("T1", "R-1", "POLICE_CHECK", "")
                .replace("F-1", "Jane Smith"))), InvalidInputException.class).problems();
        assertThat(problems).extracting(Problem::path).containsExactly("$.tasks[0].familyId");
        assertThat(problems.get(0).reason()).doesNotContain("Jane");
    }
}
