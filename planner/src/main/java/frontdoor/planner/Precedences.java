package frontdoor.planner;

import frontdoor.planner.PlanInput.Task;
import frontdoor.planner.domain.TaskKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which tasks must end before each task starts (docs/allocation.md "The work and the team"): within a referral every check
 * before the {@code SCREENING_DECISION}, the decision before the {@code MANAGER_SIGN_OFF}; plus the
 * task's own {@code after}.
 */
final class Precedences {
    private Precedences() {
    }

    /** Task id to the ids of the tasks that must end before it, in input order. */
    static Map<String, List<String>> of(List<Task> tasks) {
        Map<String, List<Task>> byReferral = new LinkedHashMap<>();
        tasks.forEach(t -> byReferral.computeIfAbsent(t.referralId(), r -> new ArrayList<>()).add(t));
        Map<String, List<String>> before = new LinkedHashMap<>();
        for (Task task : tasks) {
            Set<String> ids = new LinkedHashSet<>();
            for (Task other : byReferral.get(task.referralId())) {
                if (other != task && mustPrecede(other.kind(), task.kind())) {
                    ids.add(other.id());
                }
            }
            task.after().stream().filter(Objects::nonNull).forEach(ids::add);
            before.put(task.id(), List.copyOf(ids));
        }
        return before;
    }

    private static boolean mustPrecede(TaskKind earlier, TaskKind later) {
        return later == TaskKind.SCREENING_DECISION && earlier.isCheck()
                || later == TaskKind.MANAGER_SIGN_OFF && earlier == TaskKind.SCREENING_DECISION;
    }
}
