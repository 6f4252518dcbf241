package frontdoor.planner.bound;

import frontdoor.planner.PlanInput;
import frontdoor.planner.PlanInput.Staff;
import frontdoor.planner.PlanInput.Task;
import frontdoor.planner.PlanInput.Window;
import frontdoor.planner.domain.Skill;
import frontdoor.planner.domain.TaskKind;
import frontdoor.rules.Agency;
import frontdoor.rules.RagRating;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small days written for the bound's tests: staff with hours from 09:00, referrals with a check, a decision and a sign-off. */
final class Days {
    private static final Instant NINE = Instant.parse("2026-03-10T09:00:00Z");
    private final List<Staff> staff = new ArrayList<>();
    private final List<Task> tasks = new ArrayList<>();

    static Instant at(int hour, int minute) {
        return NINE.plusSeconds(3600L * (hour - 9) + 60L * minute);
    }

    Days staff(String id, Agency agency, int fromHour, int toHour, Skill... skills) {
        staff.add(new Staff(id, agency, List.of(skills), List.of(new Window(at(fromHour, 0), at(toHour, 0)))));
        return this;
    }

    /** A referral with one check of {@code check}, a decision of {@code decision} minutes and a 15-minute sign-off. */
    Days referral(String id, RagRating rag, Instant due, TaskKind check, int decision) {
        tasks.add(new Task(id + "-1", id, "F-" + id, check, null, rag, due, check == TaskKind.POLICE_CHECK ? 30 : 20, List.of(), null));
        tasks.add(new Task(id + "-2", id, "F-" + id, TaskKind.SCREENING_DECISION, null, rag, due, decision, List.of(), null));
        tasks.add(new Task(id + "-3", id, "F-" + id, TaskKind.MANAGER_SIGN_OFF, null, rag, due, 15, List.of(), null));
        return this;
    }

    PlanInput day() {
        return new PlanInput(LocalDate.parse("2026-03-10"), "Europe/London", staff, tasks);
    }
}
