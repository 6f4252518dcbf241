package frontdoor.service.allocation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import frontdoor.rules.Json;
import frontdoor.rules.Problem;
import frontdoor.service.web.FormErrors;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A change to the plan as one of the plan page's forms posts it. It only builds the change JSON (times of
 * day become instants today); {@link PlanChange#read} and the service check it, exactly as for the API.
 * Each form's fields have ids named for the form ({@code pin-taskId}, {@code left-at}, ...).
 */
public class PlanChangeChoice {
    /** The form of each change type, as the field ids' prefix. */
    static final Map<String, String> FORMS = Map.of("PIN", "pin", "UNPIN", "unpin", "WORKER_LEFT", "left",
            "REFERRAL_ARRIVED", "arrived", "REPLAN", "replan");
    private static final Map<String, String> LABELS = Map.of("taskId", "Task", "staffId", "Worker", "start", "Start",
            "at", "Time they left", "referralId", "Referral id");

    private String type;
    private String taskId;
    private String staffId;
    private String start;
    private String at;
    private String referralId;

    String toJson(LocalDate day, ZoneId zone) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        put(root, "type", type);
        put(root, "taskId", taskId);
        put(root, "staffId", staffId);
        put(root, "referralId", referralId == null ? null : referralId.trim());
        put(root, "start", TimeOfDay.blank(start) ? null : TimeOfDay.instant(start, day, zone));
        put(root, "at", TimeOfDay.blank(at) ? null : TimeOfDay.instant(at, day, zone));
        return root.toString();
    }

    private static void put(ObjectNode root, String name, String value) {
        if (!TimeOfDay.blank(value)) {
            root.put(name, value);
        }
    }

    /** The form this change came from; a change of no known type belongs to the re-plan button. */
    public String form() {
        return type == null ? "replan" : FORMS.getOrDefault(type, "replan");
    }

    /** The change's problems as the form's errors, beside the field each names. */
    FormErrors errors(List<Problem> problems) {
        FormErrors errors = new FormErrors();
        for (Problem p : problems) {
            String name = p.path().startsWith("$.") ? p.path().substring(2) : "";
            String label = LABELS.get(name);
            if (label == null) {
                errors.add(form(), "The change could not be read (" + p.path() + " " + p.reason() + ")");
            } else {
                errors.add(form() + "-" + name, message(name, label, p.reason()));
            }
        }
        return errors;
    }

    private static String message(String name, String label, String reason) {
        if (reason.startsWith("is required")) {
            return switch (name) {
                case "start" -> "Enter the start time to move the task to, or choose no worker to pin it where it is";
                case "staffId" -> "Select a worker";
                case "taskId" -> "Select a task";
                default -> "Enter a referral id";
            };
        }
        if (reason.startsWith("must be an ISO-8601")) {
            return "Enter the " + label.toLowerCase(java.util.Locale.UK) + " as a time on the 24-hour clock, like 14:30";
        }
        return label + " " + reason.replace("give staffId and start", "choose a worker and a start");
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getTaskId() { return taskId; }
    public void setTaskId(String taskId) { this.taskId = taskId; }
    public String getStaffId() { return staffId; }
    public void setStaffId(String staffId) { this.staffId = staffId; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getAt() { return at; }
    public void setAt(String at) { this.at = at; }
    public String getReferralId() { return referralId; }
    public void setReferralId(String referralId) { this.referralId = referralId; }
}
