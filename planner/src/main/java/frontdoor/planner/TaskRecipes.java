package frontdoor.planner;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.planner.domain.TaskKind;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.JsonChecks;
import frontdoor.rules.RagRating;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The task recipe per pathway, policy data from {@code allocation/recipes.json}: a referral in screening
 * gets the checks its pathway needs, then a {@code SCREENING_DECISION}, then a {@code MANAGER_SIGN_OFF}.
 * The order between them follows from the kinds, so the tasks carry no {@code after}.
 */
public final class TaskRecipes {
    public static final String SHIPPED = "allocation/recipes.json";
    private final String version;
    private final Map<TaskKind, Integer> minutes;
    private final Map<TaskKind, Integer> redMinutes;
    private final Map<String, List<TaskKind>> checks;

    private TaskRecipes(String version, Map<TaskKind, Integer> minutes, Map<TaskKind, Integer> redMinutes,
                        Map<String, List<TaskKind>> checks) {
        this.version = version;
        this.minutes = minutes;
        this.redMinutes = redMinutes;
        this.checks = checks;
    }

    public static TaskRecipes shipped() {
        return read(Resources.text(SHIPPED));
    }

    /** Reads a recipes file; refuses it with every problem named. */
    public static TaskRecipes read(String json) {
        JsonChecks c = new JsonChecks();
        JsonNode root = Resources.tree(json, c);
        Map<TaskKind, Integer> minutes = new EnumMap<>(TaskKind.class);
        Map<TaskKind, Integer> redMinutes = new EnumMap<>(TaskKind.class);
        Map<String, List<TaskKind>> checks = new HashMap<>();
        String version = null;
        if (root != null && c.object(root, "$", Set.of("version", "description", "minutes", "redMinutes", "checks"))) {
            version = c.text(root, "$", "version", true, null, null);
            readMinutes(root, "minutes", true, minutes, c);
            readMinutes(root, "redMinutes", false, redMinutes, c);
            JsonNode pathways = c.field(root, "$", "checks", true);
            if (pathways != null && pathways.isObject()) {
                for (Iterator<String> names = pathways.fieldNames(); names.hasNext(); ) {
                    String pathway = names.next();
                    checks.put(pathway, readChecks(pathways.get(pathway), "$.checks." + pathway, c));
                }
            } else if (pathways != null) {
                c.problem("$.checks", "must be an object");
            }
        }
        if (!c.problems().isEmpty()) {
            throw new InvalidInputException(c.problems());
        }
        return new TaskRecipes(version, minutes, redMinutes, checks);
    }

    private static void readMinutes(JsonNode root, String name, boolean everyKind, Map<TaskKind, Integer> into, JsonChecks c) {
        JsonNode node = c.field(root, "$", name, everyKind);
        Set<String> kinds = new java.util.HashSet<>();
        for (TaskKind kind : TaskKind.values()) {
            kinds.add(kind.name());
        }
        if (node == null || !c.object(node, "$." + name, kinds)) {
            return;
        }
        for (TaskKind kind : TaskKind.values()) {
            if (c.field(node, "$." + name, kind.name(), everyKind) != null) {
                into.put(kind, c.integer(node, "$." + name, kind.name(), 1, 720));
            }
        }
    }

    private static List<TaskKind> readChecks(JsonNode list, String path, JsonChecks c) {
        List<TaskKind> kinds = new ArrayList<>();
        if (!list.isArray()) {
            c.problem(path, "must be a list of check kinds");
            return kinds;
        }
        for (int i = 0; i < list.size(); i++) {
            String text = list.get(i).asText();
            try {
                TaskKind kind = TaskKind.valueOf(text);
                if (kind.isCheck()) {
                    kinds.add(kind);
                    continue;
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            c.problem(path + "[" + i + "]", "must be one of POLICE_CHECK, HEALTH_CHECK, EDUCATION_CHECK, SOCIAL_CARE_CHECK");
        }
        return kinds;
    }

    public String version() {
        return version;
    }

    public Set<String> pathways() {
        return checks.keySet();
    }

    /** The checks a pathway's recipe asks for, in recipe order; none when the pathway has no recipe. */
    public List<TaskKind> checks(String pathway) {
        return List.copyOf(checks.getOrDefault(pathway, List.of()));
    }

    /** Minutes a task of this kind takes for a referral of this RAG rating. */
    public int minutes(TaskKind kind, RagRating rag) {
        return rag == RagRating.RED ? redMinutes.getOrDefault(kind, minutes.get(kind)) : minutes.get(kind);
    }

    /**
     * The tasks of one referral in screening, ids {@code <referralId>-1}, {@code -2}, ...: its pathway's
     * checks, the decision and the sign-off.
     *
     * @throws IllegalArgumentException when the pathway has no recipe
     */
    public List<PlanInput.Task> tasksFor(String referralId, String familyId, String pathway, RagRating rag, Instant dueBy) {
        List<TaskKind> kinds = checks.get(pathway);
        if (kinds == null) {
            throw new IllegalArgumentException("no task recipe for pathway " + pathway + "; recipes: " + checks.keySet());
        }
        List<TaskKind> all = new ArrayList<>(kinds);
        all.add(TaskKind.SCREENING_DECISION);
        all.add(TaskKind.MANAGER_SIGN_OFF);
        List<PlanInput.Task> tasks = new ArrayList<>();
        for (TaskKind kind : all) {
            tasks.add(new PlanInput.Task(referralId + "-" + (tasks.size() + 1), referralId, familyId, kind, null, rag,
                    dueBy, minutes(kind, rag), List.of(), null));
        }
        return tasks;
    }
}
