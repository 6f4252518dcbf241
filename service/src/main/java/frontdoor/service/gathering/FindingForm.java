package frontdoor.service.gathering;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import frontdoor.rules.Agency;
import frontdoor.rules.Json;
import frontdoor.rules.Problem;
import frontdoor.service.referral.HistoryFields;
import frontdoor.service.referral.ReferralForm;
import frontdoor.service.web.FormErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A check's result, or information without a check, as the form posts it. It only builds the API's body:
 * {@link Finding} checks it, so the form refuses exactly what the API refuses. Every concern is the
 * agency's (the check's, or the one chosen for information); only history facts given are sent.
 */
public class FindingForm extends HistoryFields {
    static final int CONCERN_ROWS = 3;
    private static final Pattern CONCERN = Pattern.compile("\\$\\.concerns\\[(\\d+)]\\.(code|agency|note)");

    private String outcome;
    private String agency;
    private List<ReferralForm.Concern> concerns = rows();
    private String summary;
    private boolean restricted;

    private static List<ReferralForm.Concern> rows() {
        List<ReferralForm.Concern> rows = new ArrayList<>();
        for (int i = 0; i < CONCERN_ROWS; i++) {
            rows.add(new ReferralForm.Concern());
        }
        return rows;
    }

    /** The form rows that go into the body: those with a concern chosen or a note written. */
    List<Integer> sentRows() {
        List<Integer> sent = new ArrayList<>();
        for (int i = 0; i < concerns.size(); i++) {
            if (!isBlank(concerns.get(i).getCode()) || !isBlank(concerns.get(i).getNote())) {
                sent.add(i);
            }
        }
        return sent;
    }

    /** The body; {@code checkAgency} is the check's agency, or null for information (the agency chosen is sent). */
    String toJson(Agency checkAgency) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        text(root, "outcome", outcome);
        String concernAgency = checkAgency != null ? checkAgency.name() : agency;
        if (checkAgency == null) {
            text(root, "agency", agency);
        }
        ArrayNode sent = root.putArray("concerns");
        for (int row : sentRows()) {
            ObjectNode c = sent.addObject();
            text(c, "code", concerns.get(row).getCode());
            text(c, "agency", concernAgency);
            text(c, "note", concerns.get(row).getNote());
        }
        putHistory(root.putObject("history"), false);
        text(root, "summary", summary);
        root.put("restricted", restricted);
        return root.toString();
    }

    /** The problems {@link Finding} found, as the form's errors by the input each came from. */
    FormErrors errors(List<Problem> problems, boolean information) {
        FormErrors errors = new FormErrors();
        List<Integer> sent = sentRows();
        for (Problem p : problems) {
            boolean required = p.reason().startsWith("is required");
            Matcher concern = CONCERN.matcher(p.path());
            if (concern.matches()) {
                int json = Integer.parseInt(concern.group(1));
                int row = json < sent.size() ? sent.get(json) : json;
                String n = "concern " + (row + 1);
                switch (concern.group(2)) {
                    case "code" -> errors.add("concern-" + row + "-code", required ? "Select what " + n + " is" : "Select " + n + " from the catalogue in force");
                    case "agency" -> errors.add(information ? "agency" : "concern-" + row + "-code", "Select the agency the information is from");
                    default -> errors.add("concern-" + row + "-note", "The note of " + n + " must be 4,000 characters or fewer");
                }
                continue;
            }
            switch (p.path()) {
                case "$.outcome" -> errors.add("outcome", required ? "Select what was found"
                        : "You chose nothing known: clear the concerns and history facts, or choose findings");
                case "$.agency" -> errors.add("agency", "Select the agency the information is from");
                case "$.concerns" -> errors.add("concern-0-code", p.reason().startsWith("findings")
                        ? "Findings need a concern or a history fact: select what was found"
                        : "Give at most 50 concerns");
                case "$.history.contactsLast12Months" -> errors.add("contactsLast12Months",
                        "Contacts in the last 12 months must be a whole number from 0 to 1,000");
                case "$.history.allocatedTeam" -> errors.add("allocatedTeam", "Allocated team must be text");
                case "$.summary" -> errors.add("summary", "Summary must be 4,000 characters or fewer");
                default -> errors.add("outcome", "The result could not be read (" + p.path() + " " + p.reason() + ")");
            }
        }
        return errors;
    }

    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getAgency() { return agency; }
    public void setAgency(String agency) { this.agency = agency; }
    public List<ReferralForm.Concern> getConcerns() { return concerns; }
    public void setConcerns(List<ReferralForm.Concern> concerns) { this.concerns = concerns == null ? rows() : concerns; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public boolean isRestricted() { return restricted; }
    public void setRestricted(boolean restricted) { this.restricted = restricted; }
}
