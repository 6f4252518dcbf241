package frontdoor.service.gathering;

import com.fasterxml.jackson.databind.node.ObjectNode;
import frontdoor.rules.Json;
import frontdoor.rules.Problem;
import frontdoor.service.web.FormErrors;
import java.util.List;

/** A change of consent as the form posts it; {@link ConsentChange} checks it, as for the API. */
public class ConsentForm {
    private String consent;
    private String reason;

    String toJson() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        if (consent != null && !consent.isBlank()) {
            root.put("consent", consent);
        }
        if (reason != null && !reason.isBlank()) {
            root.put("reason", reason);
        }
        return root.toString();
    }

    static FormErrors errors(List<Problem> problems) {
        FormErrors errors = new FormErrors();
        for (Problem p : problems) {
            if (p.path().equals("$.reason")) {
                errors.add("reason", p.reason().startsWith("is required") ? "Give the lawful basis for sharing without consent"
                        : "Reason must be 4,000 characters or fewer");
            } else {
                errors.add("consent", "Select what happened about consent");
            }
        }
        return errors;
    }

    public String getConsent() { return consent; }
    public void setConsent(String consent) { this.consent = consent; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
