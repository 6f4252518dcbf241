package frontdoor.service.allocation;

import frontdoor.planner.Plan;
import frontdoor.planner.PlanInput;
import frontdoor.planner.PlanInput.Pin;
import frontdoor.planner.PlanInput.Staff;
import frontdoor.planner.PlanInput.Task;
import frontdoor.planner.PlanInput.Window;
import frontdoor.planner.domain.AllocationPlan;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rest of today as plan input: nothing is planned before now. Work the standing plan has finished
 * drops out; work it has started stays pinned to its worker and start, as do the manager's pins. Each
 * worker's windows begin now (or when their task in progress began). A pin that no longer fits its
 * worker's windows (they went home) is let go, and its task planned again.
 */
final class Today {
    private Today() {
    }

    /** Now, on the plan's clock: the next 5-minute mark (09:00, 09:05, ...), so re-plans keep the planner's grain. */
    static Instant clock(Instant now) {
        long grain = 60L * AllocationPlan.GRAIN;
        long seconds = now.getEpochSecond() + (now.getNano() > 0 ? 1 : 0);
        return Instant.ofEpochSecond(Math.floorDiv(seconds + grain - 1, grain) * grain);
    }

    /**
     * @param pins     the manager's pins (and earlier plans' started work), by task id
     * @param standing the plan standing so far, or null
     */
    static PlanInput build(ZoneId zone, List<Staff> roster, List<Task> work, Map<String, Pin> pins, Plan standing, Instant now) {
        Instant t0 = clock(now);
        Map<String, Task> byId = new HashMap<>();
        work.forEach(t -> byId.put(t.id(), t));
        Map<String, Pin> kept = new HashMap<>(pins);
        Set<String> done = new HashSet<>();
        if (standing != null) {
            for (Plan.Assignment a : standing.assignments()) {
                if (!a.end().isAfter(t0)) {
                    done.add(a.taskId());
                } else if (a.start().isBefore(t0)) {
                    kept.put(a.taskId(), new Pin(a.staffId(), a.start()));
                }
            }
        }
        kept.forEach((id, pin) -> {
            Task task = byId.get(id);
            if (task != null && !pin.start().plus(task.minutes(), ChronoUnit.MINUTES).isAfter(t0)) {
                done.add(id);
            }
        });
        Map<String, Staff> rostered = new HashMap<>();
        roster.forEach(s -> rostered.put(s.id(), s));
        Map<String, Instant> from = new HashMap<>();
        kept.forEach((id, pin) -> { // work in progress that its worker is still there to finish: their day starts with it
            Task task = byId.get(id);
            if (task != null && !done.contains(id) && pin.start().isBefore(t0) && fits(pin, task, rostered.get(pin.staffId()))) {
                from.merge(pin.staffId(), pin.start(), (a, b) -> a.isBefore(b) ? a : b);
            }
        });
        Map<String, Staff> staff = new HashMap<>();
        List<Staff> team = new ArrayList<>();
        for (Staff s : roster) {
            Staff clipped = new Staff(s.id(), s.agency(), s.skills(), clip(s.windows(), from.getOrDefault(s.id(), t0)));
            staff.put(s.id(), clipped);
            team.add(clipped);
        }
        List<Task> tasks = new ArrayList<>();
        for (Task t : work) {
            if (!done.contains(t.id())) {
                Pin pin = kept.get(t.id());
                tasks.add(new Task(t.id(), t.referralId(), t.familyId(), t.kind(), t.skill(), t.rag(), t.dueBy(), t.minutes(), t.after(),
                        fits(pin, t, staff.get(pin == null ? null : pin.staffId())) ? pin : null));
            }
        }
        return new PlanInput(LocalDate.ofInstant(t0, zone), zone.getId(), team, tasks);
    }

    /** The windows from {@code from} on. */
    static List<Window> clip(List<Window> windows, Instant from) {
        List<Window> left = new ArrayList<>();
        for (Window w : windows) {
            Instant start = w.start().isBefore(from) ? from : w.start();
            if (w.end().isAfter(start)) {
                left.add(new Window(start, w.end()));
            }
        }
        return left;
    }

    /** The pin's worker is there, has the skill, and one of their windows holds the whole task. */
    static boolean fits(Pin pin, Task task, Staff worker) {
        if (pin == null || worker == null || !worker.skills().contains(task.neededSkill())) {
            return false;
        }
        Instant end = pin.start().plus(task.minutes(), ChronoUnit.MINUTES);
        return worker.windows().stream().anyMatch(w -> !pin.start().isBefore(w.start()) && !end.isAfter(w.end()));
    }
}
