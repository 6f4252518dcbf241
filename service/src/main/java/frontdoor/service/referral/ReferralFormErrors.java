package frontdoor.service.referral;

import frontdoor.rules.Problem;
import frontdoor.service.web.FormErrors;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader's problems (JSON path and reason) as the form's errors: the input each path came from, and a
 * message in GOV.UK's words: what to enter or select, or what is wrong with what was entered.
 */
final class ReferralFormErrors {
    private static final Pattern CONCERN = Pattern.compile("\\$\\.concerns\\[(\\d+)]\\.(code|agency|note)");
    private static final String REQUIRED = "is required";

    private ReferralFormErrors() {
    }

    static FormErrors of(List<Problem> problems, List<Integer> sentRows) {
        FormErrors errors = new FormErrors();
        for (Problem p : problems) {
            boolean required = REQUIRED.equals(p.reason());
            Matcher concern = CONCERN.matcher(p.path());
            if (concern.matches()) {
                int json = Integer.parseInt(concern.group(1));
                int row = json < sentRows.size() ? sentRows.get(json) : json;
                String field = "concern-" + row + "-" + concern.group(2);
                String n = "concern " + (row + 1);
                errors.add(field, switch (concern.group(2)) {
                    case "code" -> required ? "Select what " + n + " is" : "Select " + n + " from the catalogue in force";
                    case "agency" -> "Select the agency that raised " + n;
                    default -> "The note of " + n + " must be 4,000 characters or fewer";
                });
                continue;
            }
            switch (p.path()) {
                case "$.referralId" -> errors.add("referralId", required ? "Enter a referral id"
                        : "Referral id must be 1 to 64 letters, digits, hyphens (-) or underscores (_)");
                case "$.receivedAt" -> errors.add("receivedAt-day", required ? "Enter the date and time the referral was received"
                        : "Date received must be a real date, and the time like 09:15");
                case "$.source", "$.source.agency" -> errors.add("sourceAgency", "Select the agency that sent the referral");
                case "$.source.method" -> errors.add("sourceMethod", "Select how the referral came in");
                case "$.child", "$.child.childId" -> errors.add("childId", required ? "Enter the child's id"
                        : "Child's id must be 1 to 64 letters, digits, hyphens (-) or underscores (_)");
                case "$.child.familyId" -> errors.add("familyId", "Family id must be 1 to 64 letters, digits, hyphens (-) or underscores (_)");
                case "$.child.dateOfBirth" -> errors.add("dateOfBirth-day", dateOfBirth(p.reason()));
                case "$.consent" -> errors.add("consent", "Select what happened about consent");
                case "$.concerns" -> errors.add("add-concern", "A referral can have at most 50 concerns");
                case "$.history.contactsLast12Months" -> errors.add("contactsLast12Months",
                        "Contacts in the last 12 months must be a whole number from 0 to 1,000");
                case "$.history.allocatedTeam" -> errors.add("allocatedTeam", "Allocated team must be text");
                default -> errors.add("referralId", "The referral could not be read (" + p.path() + " " + p.reason() + ")");
            }
        }
        return errors;
    }

    private static String dateOfBirth(String reason) {
        if (reason.contains("unborn")) {
            return "Leave the date of birth empty when the child is unborn";
        }
        if (reason.contains("after")) {
            return "Date of birth must be on or before the date the referral was received";
        }
        return "Date of birth must be a real date, such as 2 6 2026";
    }
}
