package frontdoor.planner;

import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.planner.Plan.Assignment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The independent checker must catch each kind of broken plan, or its clean bill on solved days means nothing. */
class PlanCheckerTest {

    static Assignment at(String task, String staff, String start, int minutes) {
        Instant from = Instant.parse("2026-03-10T" + start + ":00Z");
        return new Assignment(task, staff, from, from.plusSeconds(60L * minutes));
    }

    @Test
    void namesEachBrokenHardRule() throws IOException {
        PlanInput input = PlanReader.read(Files.readString(Path.of("src/test/resources/days/small.json")));
        Plan plan = new Plan("?", List.of(
                at("T1", "S2", "09:30", 30),          // pinned at 09:00
                at("T2", "S2", "09:45", 30),          // S2 has no HEALTH_SYSTEMS, overlaps T1
                at("T3", "S1", "09:50", 60),          // starts before T1 and T2 end
                at("T4", "S4", "11:50", 15),          // runs into S4's break at 12:00
                at("T7", "S1", "16:50", 20),          // past S1's window
                at("T8", "S1", "11:00", 40)),         // 45 minutes long, not 40; before T7
                List.of(new Plan.Unassigned("T5", "R-x", "x"), new Plan.Unassigned("T6", "R-x", "x"),
                        new Plan.Unassigned(null, "R-9", "no task recipe: a referral without tasks is not counted")), List.of(), List.of());
        assertThat(PlanChecker.violations(input, plan)).containsExactlyInAnyOrder(
                "T1: pinned to S2 at 2026-03-10T09:00:00Z but moved",
                "T2: S2 does not have HEALTH_SYSTEMS",
                "T2: overlaps T1 for S2",
                "T3: starts at 2026-03-10T09:50:00Z before T1 ends at 2026-03-10T10:00:00Z",
                "T3: starts at 2026-03-10T09:50:00Z before T2 ends at 2026-03-10T10:15:00Z",
                "T4: outside S4's working windows",
                "T7: outside S1's working windows",
                "T8: booked for 40 minutes, needs 45",
                "T8: starts at 2026-03-10T11:00:00Z before T7 ends at 2026-03-10T17:10:00Z",
                "the plan lists 8 of the 9 tasks");
    }
}
