package frontdoor.service.policy;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.JsonChecks;
import frontdoor.rules.StrictJson;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A practice lead's request body, read strictly: {@code {"basedOn"?, "note"}} for a draft, {@code {"note",
 * "reference"}} for an approval, {@code {"note"}} for a publish. Unknown fields are refused.
 */
record PolicyForm(String basedOn, String note, String reference) {
    private static final Pattern TEXT = Pattern.compile("(?s).{1,2000}");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    static PolicyForm draft(String body) {
        return read(body, Set.of("basedOn", "note"));
    }

    static PolicyForm approval(String body) {
        return read(body, Set.of("note", "reference"));
    }

    static PolicyForm publish(String body) {
        return read(body, Set.of("note"));
    }

    private static PolicyForm read(String body, Set<String> fields) {
        JsonChecks c = new JsonChecks();
        JsonNode root = StrictJson.BODY.tree(body == null ? "" : body, c);
        String basedOn = null;
        String note = null;
        String reference = null;
        if (root != null && c.object(root, "$", fields)) {
            note = c.text(root, "$", "note", true, TEXT, "must be 1 to 2000 characters");
            if (fields.contains("basedOn")) {
                basedOn = c.text(root, "$", "basedOn", false, VERSION, "must be a version id");
            }
            if (fields.contains("reference")) {
                reference = c.text(root, "$", "reference", true, Pattern.compile("(?s).{1,200}"), "must name the sign-off in 1 to 200 characters");
            }
        }
        if (!c.problems().isEmpty()) {
            throw new InvalidInputException(c.problems());
        }
        return new PolicyForm(basedOn, note, reference);
    }
}
