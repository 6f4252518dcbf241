package frontdoor.service.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.planner.Plan;
import frontdoor.planner.PlanInput;
import frontdoor.planner.PlanInput.Pin;
import frontdoor.planner.PlanInput.Staff;
import frontdoor.planner.PlanInput.Task;
import frontdoor.planner.PlanInput.Window;
import frontdoor.planner.domain.Skill;
import frontdoor.planner.domain.TaskKind;
import frontdoor.rules.Agency;
import frontdoor.rules.RagRating;
import frontdoor.service.web.Words;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline alone: the day on the hour, rows per person, blocks placed by time and labelled in words. */
class TimelineTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void blocksArePlacedByTimeAndSayWhatTheirColourShows() {
        Instant nine = Instant.parse("2026-12-01T09:00:00Z");
        PlanInput input = new PlanInput(LocalDate.of(2026, 12, 1), "Europe/London",
                List.of(new Staff("PO-1", Agency.POLICE, List.of(Skill.POLICE_SYSTEMS), List.of(new Window(nine.plusSeconds(1800), nine.plusSeconds(4 * 3600)))),
                        new Staff("HE-1", Agency.HEALTH, List.of(Skill.HEALTH_SYSTEMS), List.of())),
                List.of(new Task("R-1-1", "R-1", "F-1", TaskKind.POLICE_CHECK, null, RagRating.RED, nine.plusSeconds(3 * 3600), 30, List.of(),
                        new Pin("PO-1", nine.plusSeconds(3600)))));
        Plan plan = new Plan("0hard/0medium/0soft", List.of(new Plan.Assignment("R-1-1", "PO-1", nine.plusSeconds(3600), nine.plusSeconds(5400))),
                List.of(), List.of(new Plan.LateReferral("R-1", RagRating.RED, 10, "why")), List.of());

        Timeline timeline = Timeline.of(input, plan, LONDON, new Words());

        assertThat(timeline.ticks()).extracting(Timeline.Tick::label).containsExactly("9am", "10am", "11am", "12pm");
        assertThat(timeline.rows()).extracting(Timeline.Row::staffId).containsExactly("PO-1", "HE-1");
        assertThat(timeline.rows().get(0).windows()).containsExactly(new Timeline.Span(12.5, 87.5));
        Timeline.Block block = timeline.rows().get(0).blocks().get(0);
        assertThat(block.left()).isEqualTo(25.0);
        assertThat(block.width()).isEqualTo(12.5);
        assertThat(block.pinned()).isTrue();
        assertThat(block.label()).isEqualTo("Red: police check of R-1 (R-1-1), 10:00am to 10:30am with PO-1; referral due 12:00pm, will be late; pinned");
        assertThat(timeline.rows().get(1).blocks()).isEmpty();
    }

    /** A manager reading "due 3:23am" of a referral due tomorrow, or "due 1:34pm" of one due yesterday, is misled. */
    @Test
    void aDueTimeOnAnotherDaySaysItsDate() {
        Instant nine = Instant.parse("2026-12-01T09:00:00Z");
        List<Task> tasks = List.of(new Task("R-1-1", "R-1", "F-1", TaskKind.POLICE_CHECK, null, RagRating.RED, nine.minusSeconds(20 * 3600), 30,
                        List.of(), null),
                new Task("R-2-1", "R-2", "F-2", TaskKind.POLICE_CHECK, null, RagRating.GREEN, nine.plusSeconds(18 * 3600 + 23 * 60), 30, List.of(), null));
        PlanInput input = new PlanInput(LocalDate.of(2026, 12, 1), "Europe/London",
                List.of(new Staff("PO-1", Agency.POLICE, List.of(Skill.POLICE_SYSTEMS), List.of(new Window(nine, nine.plusSeconds(8 * 3600))))), tasks);
        Plan plan = new Plan("0hard/0medium/0soft", List.of(new Plan.Assignment("R-1-1", "PO-1", nine, nine.plusSeconds(1800)),
                new Plan.Assignment("R-2-1", "PO-1", nine.plusSeconds(1800), nine.plusSeconds(3600))), List.of(), List.of(), List.of());

        List<Timeline.Block> blocks = Timeline.of(input, plan, LONDON, new Words()).rows().get(0).blocks();

        assertThat(blocks.get(0).label()).endsWith("referral due 30 November 2026 at 1:00pm");
        assertThat(blocks.get(1).label()).endsWith("referral due 2 December 2026 at 3:23am");
    }
}
