package frontdoor.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.planner.Plan;
import frontdoor.planner.PlanChecker;
import frontdoor.planner.PlanInput;
import frontdoor.planner.PlanInput.Pin;
import frontdoor.planner.PlanInput.Staff;
import frontdoor.planner.PlanInput.Task;
import frontdoor.planner.PlanInput.Window;
import frontdoor.planner.Planner;
import frontdoor.planner.domain.Skill;
import frontdoor.planner.domain.TaskKind;
import frontdoor.rules.Agency;
import frontdoor.rules.RagRating;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole-referral moves on a day with nothing left to move: solving still ends with the plan as pinned. */
class ReferralMovesTest {

    @Test
    void aDayWhoseTasksAreAllPinnedIsSolvedAsItIs() {
        Instant nine = Instant.parse("2026-03-10T09:00:00Z");
        PlanInput day = new PlanInput(LocalDate.parse("2026-03-10"), "Europe/London",
                List.of(new Staff("P1", Agency.POLICE, List.of(Skill.POLICE_SYSTEMS), List.of(new Window(nine, nine.plusSeconds(8 * 3600))))),
                List.of(new Task("T1", "R-1", "F-1", TaskKind.POLICE_CHECK, null, RagRating.RED, nine.plusSeconds(3600), 30, List.of(),
                        new Pin("P1", nine))));
        Plan plan = Planner.withShippedWeights().solve(day, Duration.ofSeconds(1));
        assertThat(PlanChecker.violations(day, plan)).isEmpty();
        assertThat(plan.assignments()).singleElement().extracting(Plan.Assignment::start).isEqualTo(nine);
        assertThat(plan.bound().weightedMisses()).isZero();
    }
}
