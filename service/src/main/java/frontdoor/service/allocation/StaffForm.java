package frontdoor.service.allocation;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.planner.PlanInput.Staff;
import frontdoor.planner.PlanReader;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.Problem;
import frontdoor.rules.StrictJson;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A staff member as a manager sends it ({@code {id, agency, skills, windows}}, the plan input's shape),
 * read by the planner's own reader so the roster accepts exactly what a plan accepts; a day off (no window
 * today) is a staff member who plans nothing. Windows must also lie on whole minutes (the plan's clock).
 */
final class StaffForm {
    private StaffForm() {
    }

    /** @throws InvalidInputException naming every problem */
    static Staff read(String staffId, String body) {
        JsonNode tree = StrictJson.BODY.tree(body);
        List<Problem> problems = new ArrayList<>();
        Staff staff = null;
        try {
            staff = PlanReader.staffMember(tree);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (tree.path("id").isTextual() && !tree.path("id").asText().equals(staffId)) {
            problems.add(new Problem("$.id", "must be the id in the path"));
        }
        JsonNode windows = tree.path("windows");
        for (int i = 0; windows.isArray() && i < windows.size(); i++) {   // not an array: named by the reader
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
