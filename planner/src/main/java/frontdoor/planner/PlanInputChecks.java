package frontdoor.planner;

import frontdoor.planner.PlanInput.Staff;
import frontdoor.planner.PlanInput.Task;
import frontdoor.planner.PlanInput.Window;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.JsonChecks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The meaning checks of plan input, on records (so input built in code is checked the same way as a file):
 * duplicate ids, windows that end before they start, unknown {@code after} ids and pinned workers,
 * precedence cycles, and tasks of one referral that disagree on its family, RAG or due time. A task whose
 * skill nobody has is not bad input: it stays unassigned with its reason. Null elements (already reported
 * by the reader) are skipped.
 */
public final class PlanInputChecks {
    private PlanInputChecks() {
    }

    /** @throws InvalidInputException naming every problem */
    public static void check(PlanInput input) {
        JsonChecks c = new JsonChecks();
        check(input, c);
        if (!c.problems().isEmpty()) {
            throw new InvalidInputException(c.problems());
        }
    }

    static void check(PlanInput input, JsonChecks c) {
        if (!complete(input, c)) {
            return;
        }
        Set<String> staffIds = new HashSet<>();
        boolean anyWindow = false;
        for (int i = 0; i < input.staff().size(); i++) {
            Staff staff = input.staff().get(i);
            if (staff == null) {
                continue;
            }
            String path = "$.staff[" + i + "]";
            if (staff.id() != null && !staffIds.add(staff.id())) {
                c.problem(path + ".id", "duplicate staff id " + staff.id());
            }
            anyWindow |= windows(staff, path, c);
        }
        boolean staffReported = c.problems().stream().anyMatch(p -> p.path().startsWith("$.staff"));
        if (!anyWindow && !staffReported) {
            c.problem("$.staff", "must give at least one working window today");
        }
        Map<String, Integer> taskIndex = new LinkedHashMap<>();
        Map<String, Task> firstOfReferral = new HashMap<>();
        for (int i = 0; i < input.tasks().size(); i++) {
            Task task = input.tasks().get(i);
            if (task == null || task.id() == null) {
                continue;
            }
            if (taskIndex.putIfAbsent(task.id(), i) != null) {
                c.problem("$.tasks[" + i + "].id", "duplicate task id " + task.id());
            }
            if (task.referralId() != null) {
                sameReferral(firstOfReferral.computeIfAbsent(task.referralId(), id -> task), task, "$.tasks[" + i + "]", c);
            }
        }
        for (int i = 0; i < input.tasks().size(); i++) {
            Task task = input.tasks().get(i);
            if (task == null) {
                continue;
            }
            String path = "$.tasks[" + i + "]";
            for (int j = 0; j < task.after().size(); j++) {
                String after = task.after().get(j);
                if (after != null && !taskIndex.containsKey(after)) {
                    c.problem(path + ".after[" + j + "]", "names no task of this plan: " + after);
                } else if (after != null && after.equals(task.id())) {
                    c.problem(path + ".after[" + j + "]", "names the task itself");
                }
            }
            if (task.pinned() != null && task.pinned().staffId() != null && !staffIds.contains(task.pinned().staffId())) {
                c.problem(path + ".pinned.staffId", "names no staff member of this plan: " + task.pinned().staffId());
            }
        }
        cycles(input.tasks(), taskIndex, c);
    }

    /** Each window of one staff member ends after it starts; true when they have any window. */
    static boolean windows(Staff staff, String path, JsonChecks c) {
        boolean any = false;
        for (int j = 0; j < staff.windows().size(); j++) {
            Window window = staff.windows().get(j);
            if (window != null && window.start() != null && window.end() != null) {
                any = true;
                if (!window.end().isAfter(window.start())) {
                    c.problem(path + ".windows[" + j + "].end", "must be after the window's start");
                }
            }
        }
        return any;
    }

    /**
     * For input built in code: every required value is there (the reader has named those it could not
     * read, so they are not named twice); false when a list is missing and the other checks cannot run.
     */
    private static boolean complete(PlanInput input, JsonChecks c) {
        boolean lists = required(c, "$.planDate", input.planDate()) & required(c, "$.timezone", input.timezone())
                & required(c, "$.staff", input.staff()) & required(c, "$.tasks", input.tasks());
        for (int i = 0; input.staff() != null && i < input.staff().size(); i++) {
            Staff s = input.staff().get(i);
            String path = "$.staff[" + i + "]";
            if (required(c, path, s)) {
                required(c, path + ".id", s.id());
                required(c, path + ".agency", s.agency());
                lists &= required(c, path + ".skills", s.skills());
                lists &= required(c, path + ".windows", s.windows());
                for (int j = 0; s.skills() != null && j < s.skills().size(); j++) {
                    required(c, path + ".skills[" + j + "]", s.skills().get(j));
                }
                for (int j = 0; s.windows() != null && j < s.windows().size(); j++) {
                    Window w = s.windows().get(j);
                    if (required(c, path + ".windows[" + j + "]", w)) {
                        required(c, path + ".windows[" + j + "].start", w.start());
                        required(c, path + ".windows[" + j + "].end", w.end());
                    }
                }
            }
        }
        for (int i = 0; input.tasks() != null && i < input.tasks().size(); i++) {
            Task t = input.tasks().get(i);
            String path = "$.tasks[" + i + "]";
            if (required(c, path, t)) {
                List.of("id", "referralId", "familyId", "kind", "rag", "dueBy").forEach(name -> required(c, path + "." + name,
                        switch (name) {
                            case "id" -> t.id();
                            case "referralId" -> t.referralId();
                            case "familyId" -> t.familyId();
                            case "kind" -> t.kind();
                            case "rag" -> t.rag();
                            default -> t.dueBy();
                        }));
                lists &= required(c, path + ".after", t.after());
                if ((t.minutes() < 1 || t.minutes() > 720) && !reported(c, path + ".minutes")) {
                    c.problem(path + ".minutes", "must be a whole number from 1 to 720");
                }
            }
        }
        return lists;
    }

    private static boolean required(JsonChecks c, String path, Object value) {
        if (value == null && !reported(c, path)) {
            c.problem(path, "is required");
        }
        return value != null;
    }

    private static boolean reported(JsonChecks c, String path) {
        return c.problems().stream().map(p -> p.path())
                .anyMatch(p -> p.equals(path) || p.startsWith(path + ".") || p.startsWith(path + "["));
    }

    private static void sameReferral(Task first, Task task, String path, JsonChecks c) {
        if (first == task) {
            return;
        }
        String differs = "differs from task " + first.id() + " of the same referral";
        if (!Objects.equals(first.familyId(), task.familyId()) && task.familyId() != null && first.familyId() != null) {
            c.problem(path + ".familyId", differs);
        }
        if (first.rag() != task.rag() && task.rag() != null && first.rag() != null) {
            c.problem(path + ".rag", differs);
        }
        if (!Objects.equals(first.dueBy(), task.dueBy()) && task.dueBy() != null && first.dueBy() != null) {
            c.problem(path + ".dueBy", differs);
        }
    }

    /** Names each precedence cycle once, at the {@code after} of the first task on it. */
    private static void cycles(List<Task> tasks, Map<String, Integer> index, JsonChecks c) {
        List<Task> known = tasks.stream().filter(t -> t != null && t.id() != null && t.kind() != null).toList();
        Map<String, List<String>> before = Precedences.of(known);
        Map<String, Integer> state = new HashMap<>();
        for (Task task : known) {
            List<String> path = new ArrayList<>();
            List<String> cycle = visit(task.id(), before, state, path);
            state.replaceAll((id, s) -> 2); // a search that found a cycle stops half way: its tasks are done with
            if (cycle != null) {
                String first = cycle.stream().filter(id -> !tasks.get(index.get(id)).after().isEmpty()).findFirst().orElse(cycle.get(0));
                c.problem("$.tasks[" + index.get(first) + "].after", "is part of a precedence cycle: "
                        + String.join(" -> ", cycle) + " -> " + cycle.get(0));
            }
        }
    }

    /** Depth-first search; returns a newly found cycle (task ids in order), or null. */
    private static List<String> visit(String id, Map<String, List<String>> before, Map<String, Integer> state, List<String> path) {
        Integer seen = state.get(id);
        if (seen != null) {
            return seen == 1 ? new ArrayList<>(path.subList(path.indexOf(id), path.size())) : null;
        }
        state.put(id, 1);
        path.add(id);
        for (String earlier : before.getOrDefault(id, List.of())) {
            List<String> cycle = visit(earlier, before, state, path);
            if (cycle != null) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        state.put(id, 2);
        return null;
    }
}
