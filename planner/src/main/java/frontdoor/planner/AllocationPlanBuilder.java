package frontdoor.planner;

import frontdoor.planner.PlanInput.Task;
import frontdoor.planner.domain.AllocationPlan;
import frontdoor.planner.domain.AllocationWeights;
import frontdoor.planner.domain.Precedence;
import frontdoor.planner.domain.PlanningDay;
import frontdoor.planner.domain.ScreeningReferral;
import frontdoor.planner.domain.ScreeningTask;
import frontdoor.planner.domain.StaffMember;
import frontdoor.planner.domain.Window;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns checked plan input into the solver's problem: minutes from the first window, referrals, precedences. */
public final class AllocationPlanBuilder {
    private AllocationPlanBuilder() {
    }

    /** @throws frontdoor.rules.InvalidInputException naming every problem of the input */
    public static AllocationPlan build(PlanInput input, AllocationWeights weights) {
        PlanInputChecks.check(input);
        List<PlanInput.Window> windows = input.staff().stream().flatMap(s -> s.windows().stream()).toList();
        Instant origin = windows.stream().map(PlanInput.Window::start).min(Comparator.naturalOrder()).orElseThrow();
        Instant last = windows.stream().map(PlanInput.Window::end).max(Comparator.naturalOrder()).orElseThrow();
        PlanningDay day = new PlanningDay(origin, ZoneId.of(input.timezone()), 0);
        day = new PlanningDay(origin, day.zone(), day.minute(last));

        Map<String, StaffMember> staff = new LinkedHashMap<>();
        for (PlanInput.Staff s : input.staff()) {
            List<Window> minutes = new ArrayList<>();
            for (PlanInput.Window w : s.windows()) {
                minutes.add(new Window(day.minute(w.start()), day.minute(w.end())));
            }
            var skills = s.skills().isEmpty() ? EnumSet.noneOf(frontdoor.planner.domain.Skill.class) : EnumSet.copyOf(s.skills());
            minutes.sort(Comparator.comparingInt(Window::start));
            staff.put(s.id(), new StaffMember(s.id(), s.agency(), skills, List.copyOf(minutes)));
        }
        Map<String, ScreeningReferral> referrals = new LinkedHashMap<>();
        for (Task t : input.tasks()) {
            PlanningDay d = day;
            referrals.computeIfAbsent(t.referralId(), id -> new ScreeningReferral(id, t.familyId(), t.rag(),
                    weights.ragWeight(t.rag()), d.minute(t.dueBy()), d));
        }
        Map<String, List<String>> before = Precedences.of(input.tasks());
        List<Precedence> precedences = new ArrayList<>();
        List<ScreeningTask> tasks = new ArrayList<>();
        for (Task t : input.tasks()) {
            List<StaffMember> eligible = staff.values().stream()
                    .filter(s -> s.hasSkill(t.neededSkill()) && !s.windows().isEmpty()).toList();
            ScreeningTask task = new ScreeningTask(t.id(), referrals.get(t.referralId()), t.kind(), t.neededSkill(),
                    t.minutes(), before.get(t.id()), eligible);
            if (t.pinned() != null) {
                task.pin(staff.get(t.pinned().staffId()), day.minute(t.pinned().start()));
            }
            before.get(t.id()).forEach(id -> precedences.add(new Precedence(id, t.id())));
            tasks.add(task);
        }
        return new AllocationPlan(day, List.copyOf(staff.values()), List.copyOf(referrals.values()), precedences, tasks, weights);
    }
}
