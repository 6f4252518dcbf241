package frontdoor.service.allocation;

import frontdoor.rules.Problem;
import frontdoor.service.web.FormErrors;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link StaffForm}'s problems (JSON path and reason) as the roster form's errors: the input each path came
 * from, and a message in GOV.UK's words.
 */
final class StaffFormErrors {
    private static final Pattern WINDOW = Pattern.compile("\\$\\.windows\\[(\\d+)]\\.(start|end)");
    private static final String REQUIRED = "is required";

    private StaffFormErrors() {
    }

    static FormErrors of(List<Problem> problems, StaffChoice choice) {
        FormErrors errors = new FormErrors();
        for (Problem p : problems) {
            boolean required = REQUIRED.equals(p.reason());
            Matcher window = WINDOW.matcher(p.path());
            if (window.matches()) {
                int row = choice.row(Integer.parseInt(window.group(1)));
                String edge = window.group(2);
                String n = "working window " + (row + 1);
                errors.add("window-" + row + "-" + edge, required ? "Enter the time " + n + (edge.equals("start") ? " starts" : " ends")
                        : p.reason().startsWith("must be after") ? "The end of " + n + " must be after its start"
                        : "Enter the " + edge + " of " + n + " as a time on the 24-hour clock, like 09:00");
            } else if (p.path().equals("$.id")) {
                errors.add("id", required ? "Enter a staff id" : "Staff id must be 1 to 64 letters, digits, hyphens (-) or underscores (_)");
            } else if (p.path().equals("$.agency")) {
                errors.add("agency", "Select the agency they work for");
            } else if (p.path().startsWith("$.skills")) {
                errors.add("skills", "Select skills from the list only");
            } else {
                errors.add("id", "The staff member could not be read (" + p.path() + " " + p.reason() + ")");
            }
        }
        return errors;
    }
}
