package frontdoor.service.allocation;

import frontdoor.planner.Plan;
import frontdoor.planner.PlanInput.Pin;
import frontdoor.planner.PlanInput.Staff;
import frontdoor.planner.PlanInput.Task;
import frontdoor.planner.PlanInput.Window;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.Problem;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a change means for the next plan: the pins it keeps (the standing input's, with this change's pin
 * added or removed) and, for a worker who leaves, their windows on the roster ending then. A change that
 * cannot apply (an unknown task or worker, a move outside the worker's windows, onto another pin, into the
 * past or to someone without the skill) is refused with every problem named. Nothing is written here: the
 * caller stores the leaver's windows with the new plan revision, once every check has passed.
 */
final class PlanChanges {
    private final Roster roster;
    private final ScreeningWork work;

    PlanChanges(Roster roster, ScreeningWork work) {
        this.roster = roster;
        this.work = work;
    }

    /** The pins of the next plan and, when someone leaves, their roster entry as it is to be stored (else null). */
    record Applied(Map<String, Pin> pins, Staff leaver) {

        /** The team with the leaver's windows ended, as the roster will hold it. */
        List<Staff> team(List<Staff> roster) {
            return leaver == null ? roster : roster.stream().map(s -> s.id().equals(leaver.id()) ? leaver : s).toList();
        }
    }

    Applied apply(PlanStore.Stored standing, PlanChange change, Instant now) {
        Map<String, Pin> pins = new HashMap<>();
        Map<String, Task> tasks = new HashMap<>();
        standing.input().tasks().forEach(t -> {
            tasks.put(t.id(), t);
            if (t.pinned() != null) {
                pins.put(t.id(), t.pinned());
            }
        });
        List<Problem> problems = new ArrayList<>();
        Staff leaver = null;
        switch (change.type()) {
            case REFERRAL_ARRIVED -> {
                if (work.referrals().stream().noneMatch(r -> r.referralId().equals(change.referralId()))) {
                    problems.add(new Problem("$.referralId", "names no referral awaiting its screening decision"));
                }
            }
            case WORKER_LEFT -> {
                Staff staff = roster.find(change.staffId()).orElse(null);
                if (staff == null) {
                    problems.add(new Problem("$.staffId", "names no one on the roster"));
                } else {
                    Instant at = (change.at() == null ? now : change.at()).truncatedTo(ChronoUnit.MINUTES);
                    leaver = new Staff(staff.id(), staff.agency(), staff.skills(), until(staff.windows(), at));
                }
            }
            case PIN -> {
                Task task = tasks.get(change.taskId());
                if (task == null) {
                    problems.add(new Problem("$.taskId", "names no task of this plan"));
                } else if (change.staffId() == null) {
                    Plan.Assignment at = standing.plan() == null ? null : standing.plan().assignments().stream()
                            .filter(a -> a.taskId().equals(task.id())).findFirst().orElse(null);
                    if (at == null) {
                        problems.add(new Problem("$.taskId", "is not placed in the plan: give staffId and start to place it"));
                    } else {
                        pins.put(task.id(), new Pin(at.staffId(), at.start()));
                    }
                } else {
                    started(standing, task.id(), now).ifPresent(problems::add);
                    problems.addAll(move(task, change.staffId(), change.start(), pins, tasks, now));
                    pins.put(task.id(), new Pin(change.staffId(), change.start()));
                }
            }
            case UNPIN -> {
                if (!tasks.containsKey(change.taskId())) {
                    problems.add(new Problem("$.taskId", "names no task of this plan"));
                }
                pins.remove(change.taskId());
            }
            case REPLAN -> {
                // the roster and referrals as they are now
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Applied(pins, leaver);
    }

    /** Work the standing plan has already started stays where it is. */
    private static Optional<Problem> started(PlanStore.Stored standing, String taskId, Instant now) {
        return standing.plan() == null ? Optional.empty() : standing.plan().assignments().stream()
                .filter(a -> a.taskId().equals(taskId) && a.start().isBefore(Today.clock(now)))
                .findFirst()
                .map(a -> new Problem("$.taskId", "started at " + a.start() + " with " + a.staffId() + ": work already started stays where it is"));
    }

    private List<Problem> move(Task task, String staffId, Instant start, Map<String, Pin> pins, Map<String, Task> tasks, Instant now) {
        List<Problem> problems = new ArrayList<>();
        Staff staff = roster.find(staffId).orElse(null);
        if (staff == null) {
            problems.add(new Problem("$.staffId", "names no one on the roster"));
            return problems;
        }
        if (!staff.skills().contains(task.neededSkill())) {
            problems.add(new Problem("$.staffId", "does not have " + task.neededSkill() + ", which " + task.kind() + " needs"));
        }
        Instant end = start.plus(task.minutes(), ChronoUnit.MINUTES);
        if (start.getEpochSecond() % 60 != 0 || start.getNano() != 0) {
            problems.add(new Problem("$.start", "must be on a whole minute"));
        } else if (start.isBefore(Today.clock(now))) {
            problems.add(new Problem("$.start", "must not be before now (" + Today.clock(now) + "): work already started stays where it is"));
        } else if (staff.windows().stream().noneMatch(w -> !start.isBefore(w.start()) && !end.isAfter(w.end()))) {
            problems.add(new Problem("$.start", "the task's " + task.minutes() + " minutes do not fit in one of " + staffId + "'s working windows"));
        }
        pins.forEach((id, pin) -> {
            Task other = tasks.get(id);
            if (!id.equals(task.id()) && other != null && pin.staffId().equals(staffId)
                    && pin.start().isBefore(end) && start.isBefore(pin.start().plus(other.minutes(), ChronoUnit.MINUTES))) {
                problems.add(new Problem("$.start", "overlaps " + id + ", pinned to " + staffId + " at " + pin.start()));
            }
        });
        return problems;
    }

    /** The windows as they are until {@code at}: later ones go, the one running then ends then. */
    static List<Window> until(List<Window> windows, Instant at) {
        List<Window> left = new ArrayList<>();
        for (Window w : windows) {
            Instant end = w.end().isAfter(at) ? at : w.end();
            if (end.isAfter(w.start())) {
                left.add(new Window(w.start(), end));
            }
        }
        return left;
    }
}
