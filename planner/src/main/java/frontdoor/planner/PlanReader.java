package frontdoor.planner;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.planner.PlanInput.Pin;
import frontdoor.planner.PlanInput.Staff;
import frontdoor.planner.PlanInput.Task;
import frontdoor.planner.PlanInput.Window;
import frontdoor.planner.domain.Skill;
import frontdoor.planner.domain.TaskKind;
import frontdoor.rules.Agency;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.JsonChecks;
import frontdoor.rules.RagRating;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads plan input (docs/allocation.md "Plan input", version 1) and refuses bad input as a whole,
 * naming every problem with its JSON path: the shape here, the meaning in {@link PlanInputChecks}.
 */
public final class PlanReader {
    private static final Set<String> ROOT = Set.of("planDate", "timezone", "staff", "tasks");
    private static final Set<String> STAFF = Set.of("id", "agency", "skills", "windows");
    private static final Set<String> WINDOW = Set.of("start", "end");
    private static final Set<String> TASK = Set.of("id", "referralId", "familyId", "kind", "skill", "rag", "dueBy",
            "minutes", "after", "pinned");
    private static final Set<String> PIN = Set.of("staffId", "start");

    private PlanReader() {
    }

    /**
     * @throws InvalidInputException naming every problem, when the text is not a valid day to plan
     */
    public static PlanInput read(String json) {
        JsonChecks c = new JsonChecks();
        JsonNode root = Resources.tree(json, c);
        PlanInput input = null;
        if (root != null && c.object(root, "$", ROOT)) {
            String timezone = c.text(root, "$", "timezone", true, null, null);
            if (timezone != null) {
                try {
                    ZoneId.of(timezone);
                } catch (DateTimeException e) {
                    c.problem("$.timezone", "must be a time zone id, such as Europe/London");
                }
            }
            input = new PlanInput(c.date(root, "$", "planDate", true), timezone,
                    list(root, "$", "staff", c, PlanReader::staff), list(root, "$", "tasks", c, PlanReader::task));
            PlanInputChecks.check(input, c);
        }
        if (!c.problems().isEmpty()) {
            throw new InvalidInputException(c.problems());
        }
        return input;
    }

    /**
     * One staff member as a {@code staff} element of plan input, with the same checks of shape and windows;
     * one with no window today (a day off) is read, since one member alone is not a day to plan.
     *
     * @throws InvalidInputException naming every problem
     */
    public static Staff staffMember(JsonNode root) {
        JsonChecks c = new JsonChecks();
        Staff staff = staff(root, "$", c);
        if (staff != null) {
            PlanInputChecks.windows(staff, "$", c);
        }
        if (!c.problems().isEmpty()) {
            throw new InvalidInputException(c.problems());
        }
        return staff;
    }

    private static Staff staff(JsonNode node, String path, JsonChecks c) {
        if (!c.object(node, path, STAFF)) {
            return null;
        }
        List<Skill> skills = list(node, path, "skills", c, (skill, at) -> constant(skill, at, Skill.class, c));
        return new Staff(c.id(node, path, "id", true), c.oneOf(node, path, "agency", true, Agency.class), skills,
                list(node, path, "windows", c, PlanReader::window));
    }

    private static Window window(JsonNode node, String path, JsonChecks c) {
        return c.object(node, path, WINDOW) ? new Window(c.instant(node, path, "start", true), c.instant(node, path, "end", true)) : null;
    }

    private static Task task(JsonNode node, String path, JsonChecks c) {
        if (!c.object(node, path, TASK)) {
            return null;
        }
        boolean hasMinutes = c.field(node, path, "minutes", true) != null;
        int minutes = c.integer(node, path, "minutes", 1, 720);
        JsonNode pin = c.field(node, path, "pinned", false);
        List<String> after = node.hasNonNull("after") ? list(node, path, "after", c, (id, at) -> id(id, at, c)) : List.of();
        return new Task(c.id(node, path, "id", true), c.id(node, path, "referralId", true),
                c.id(node, path, "familyId", true), c.oneOf(node, path, "kind", true, TaskKind.class),
                c.oneOf(node, path, "skill", false, Skill.class), c.oneOf(node, path, "rag", true, RagRating.class),
                c.instant(node, path, "dueBy", true), hasMinutes ? minutes : 0, after,
                pin == null ? null : pin(pin, path + ".pinned", c));
    }

    private static Pin pin(JsonNode node, String path, JsonChecks c) {
        return c.object(node, path, PIN) ? new Pin(c.id(node, path, "staffId", true), c.instant(node, path, "start", true)) : null;
    }

    private interface Element<T> {
        T read(JsonNode node, String path, JsonChecks checks);
    }

    /** A required list; elements that cannot be read are left out (their problems are named). */
    private static <T> List<T> list(JsonNode parent, String path, String name, JsonChecks c, Element<T> element) {
        JsonNode node = c.field(parent, path, name, true);
        List<T> items = new ArrayList<>();
        if (node == null) {
            return items;
        }
        if (!node.isArray()) {
            c.problem(path + "." + name, "must be a list");
            return items;
        }
        for (int i = 0; i < node.size(); i++) {
            T item = element.read(node.get(i), path + "." + name + "[" + i + "]", c);
            items.add(item);
        }
        return items;
    }

    private static <T> List<T> list(JsonNode parent, String path, String name, JsonChecks c, BiFunction<JsonNode, String, T> element) {
        return list(parent, path, name, c, (Element<T>) (node, at, checks) -> element.apply(node, at));
    }

    private static <E extends Enum<E>> E constant(JsonNode node, String path, Class<E> type, JsonChecks c) {
        for (E constant : type.getEnumConstants()) {
            if (node.isTextual() && constant.name().equals(node.asText())) {
                return constant;
            }
        }
        c.problem(path, "must be one of " + List.of(type.getEnumConstants()));
        return null;
    }

    private static String id(JsonNode node, String path, JsonChecks c) {
        if (node.isTextual() && JsonChecks.ID.matcher(node.asText()).matches()) {
            return node.asText();
        }
        c.problem(path, "must be a task id: 1 to 64 letters, digits, '-' or '_'");
        return null;
    }
}
