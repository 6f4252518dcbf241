package frontdoor.planner.solver;

import frontdoor.planner.domain.PlanningDay;
import frontdoor.planner.domain.ScreeningReferral;
import frontdoor.planner.domain.ScreeningTask;
import frontdoor.planner.domain.Skill;
import frontdoor.planner.domain.StaffMember;
import frontdoor.planner.domain.TaskKind;
import frontdoor.planner.domain.Window;
import frontdoor.rules.Agency;
import frontdoor.rules.RagRating;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Small domain objects for constraint tests: a day from 09:00 (minute 0) to 17:00 (minute 480). */
final class Fixtures {
    static final PlanningDay DAY = new PlanningDay(Instant.parse("2026-03-10T09:00:00Z"), ZoneId.of("Europe/London"), 480);

    private Fixtures() {
    }

    static StaffMember staff(String id, Skill skill, Window... windows) {
        return new StaffMember(id, Agency.SOCIAL_CARE, Set.of(skill), List.of(windows.length == 0 ? new Window[] {new Window(0, 480)} : windows));
    }

    static ScreeningReferral referral(String id, String family, RagRating rag, int due) {
        long weight = switch (rag) {
            case RED -> 100;
            case AMBER -> 10;
            case GREEN -> 1;
        };
        return new ScreeningReferral(id, family, rag, weight, due, DAY);
    }

    static ScreeningTask task(String id, ScreeningReferral referral, TaskKind kind, int minutes, String... after) {
        return new ScreeningTask(id, referral, kind, kind.skill(), minutes, List.of(after), List.of());
    }
}
