package frontdoor.service.allocation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import frontdoor.planner.PlanInput.Staff;
import frontdoor.planner.PlanReader;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.Json;
import frontdoor.rules.Problem;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A staff member as a manager sends it ({@code {id, agency, skills, windows}}, the plan input's shape),
 * checked by the planner's own reader so the roster accepts exactly what a plan accepts; paths are
 * relative to the body. Windows must also lie on whole minutes (the plan's clock).
 */
final class StaffForm {
    private static final String IN_PLAN = "$.staff[0]";

    private StaffForm() {
    }

    /** @throws InvalidInputException naming every problem */
    static Staff read(String staffId, String body, ZoneId zone) {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(body == null ? "" : body);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(new Problem("$", "malformed JSON")));
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidInputException(List.of(new Problem("$", "must be a staff member: {id, agency, skills, windows}")));
        }
        ObjectNode day = Json.MAPPER.createObjectNode();
        day.put("planDate", LocalDate.now(zone).toString()).put("timezone", zone.getId());
        day.putArray("staff").add(tree);
        day.putArray("tasks");
        List<Problem> problems = new ArrayList<>();
        Staff staff = null;
        try {
            staff = PlanReader.read(day.toString()).staff().get(0);
        } catch (InvalidInputException e) {
            e.problems().stream()
                    .filter(p -> !p.path().equals("$.staff")) // "at least one window today": a day off is fine here
                    .map(p -> new Problem(p.path().startsWith(IN_PLAN) ? "$" + p.path().substring(IN_PLAN.length()) : p.path(), p.reason()))
                    .forEach(problems::add);
        }
        if (tree.path("id").isTextual() && !tree.path("id").asText().equals(staffId)) {
            problems.add(new Problem("$.id", "must be the id in the path"));
        }
        JsonNode windows = tree.path("windows");
        for (int i = 0; i < windows.size(); i++) {
            for (String edge : List.of("start", "end")) {
                wholeMinute(windows.get(i).path(edge), "$.windows[" + i + "]." + edge, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return staff;
    }

    /** Times the reader could parse must lie on a whole minute; the others are already named. */
    private static void wholeMinute(JsonNode at, String path, List<Problem> problems) {
        try {
            Instant instant = at.isTextual() ? Instant.parse(at.asText()) : null;
            if (instant != null && (instant.getEpochSecond() % 60 != 0 || instant.getNano() != 0)) {
                problems.add(new Problem(path, "must be on a whole minute"));
            }
        } catch (DateTimeParseException e) {
            // named by the reader
        }
    }
}
