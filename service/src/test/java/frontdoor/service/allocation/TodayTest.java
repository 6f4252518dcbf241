package frontdoor.service.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.planner.Plan;
import frontdoor.planner.PlanInput;
import frontdoor.planner.PlanInput.Pin;
import frontdoor.planner.PlanInput.Staff;
import frontdoor.planner.PlanInput.Task;
import frontdoor.planner.PlanInput.Window;
import frontdoor.planner.TaskRecipes;
import frontdoor.planner.domain.Skill;
import frontdoor.rules.Agency;
import frontdoor.rules.RagRating;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rest of today: finished work drops out, started work stays pinned, nothing is planned before now. */
class TodayTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant NINE = Instant.parse("2026-03-10T09:00:00Z");
    static final Instant NOW = Instant.parse("2026-03-10T10:02:10Z"); // the plan's clock: 10:05
    static final List<Task> WORK = TaskRecipes.shipped().tasksFor("R-1", "F-1", "NO_FURTHER_ACTION", RagRating.RED, at("14:00"));
    // R-1-1 SOCIAL_CARE_CHECK (20), R-1-2 SCREENING_DECISION (60), R-1-3 MANAGER_SIGN_OFF (15)

    static Instant at(String time) {
        return Instant.parse("2026-03-10T" + time + ":00Z");
    }

    static Staff worker(String id, Skill skill, Instant until) {
        return new Staff(id, Agency.SOCIAL_CARE, List.of(skill), List.of(new Window(NINE, until)));
    }

    static final List<Staff> TEAM = List.of(worker("SW", Skill.QUALIFIED_SOCIAL_WORKER, at("17:00")),
            worker("SC", Skill.SOCIAL_CARE_SYSTEMS, at("17:00")), worker("MG", Skill.MASH_MANAGER, at("17:00")));

    static Plan standing(Plan.Assignment... assignments) {
        return new Plan("0hard/0medium/0soft", List.of(assignments), List.of(), List.of(), List.of());
    }

    @Test
    void theClockIsTheNextFiveMinuteMark() {
        assertThat(Today.clock(NOW)).isEqualTo(at("10:05"));
        assertThat(Today.clock(at("10:05"))).isEqualTo(at("10:05"));
    }

    @Test
    void finishedWorkDropsOutStartedWorkStaysAndWindowsBeginNow() {
        Plan standing = standing(new Plan.Assignment("R-1-1", "SC", at("09:30"), at("09:50")),
                new Plan.Assignment("R-1-2", "SW", at("10:00"), at("11:00")),
                new Plan.Assignment("R-1-3", "MG", at("11:00"), at("11:15")));
        PlanInput today = Today.build(LONDON, TEAM, WORK, Map.of(), standing, NOW);
        assertThat(today.tasks()).extracting(Task::id).containsExactly("R-1-2", "R-1-3");
        assertThat(today.tasks().get(0).pinned()).isEqualTo(new Pin("SW", at("10:00")));
        assertThat(today.tasks().get(1).pinned()).isNull();
        assertThat(today.staff()).extracting(s -> s.windows().get(0).start()).containsExactly(at("10:00"), at("10:05"), at("10:05"));
    }

    @Test
    void aWorkerWhoLeftLetsGoOfTheirWorkInProgressAndGetsNoTimeBeforeNow() {
        List<Staff> team = List.of(worker("SW", Skill.QUALIFIED_SOCIAL_WORKER, at("10:02")), TEAM.get(1), TEAM.get(2));
        Plan standing = standing(new Plan.Assignment("R-1-2", "SW", at("10:00"), at("11:00")));
        PlanInput today = Today.build(LONDON, team, WORK, Map.of(), standing, NOW);
        assertThat(today.tasks()).filteredOn(t -> t.id().equals("R-1-2")).singleElement().satisfies(t -> assertThat(t.pinned()).isNull());
        assertThat(today.staff().get(0).windows()).isEmpty();
    }

    @Test
    void aManagersPinStaysWhileItFitsAndIsLetGoWhenItNoLongerDoes() {
        Map<String, Pin> pins = Map.of("R-1-1", new Pin("SC", at("15:00")));
        assertThat(Today.build(LONDON, TEAM, WORK, pins, null, NOW).tasks().get(0).pinned()).isEqualTo(pins.get("R-1-1"));
        List<Staff> early = List.of(TEAM.get(0), worker("SC", Skill.SOCIAL_CARE_SYSTEMS, at("15:10")), TEAM.get(2));
        assertThat(Today.build(LONDON, early, WORK, pins, null, NOW).tasks().get(0).pinned()).isNull();
    }
}
