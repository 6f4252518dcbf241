package frontdoor.service.decision;

import com.fasterxml.jackson.databind.node.ObjectNode;
import frontdoor.rules.Json;
import frontdoor.rules.Problem;
import frontdoor.service.web.FormErrors;
import java.util.ArrayList;
import java.util.List;

/**
 * The decision form as posted: nothing is pre-filled, the worker chooses each output. It only builds the
 * decision JSON; {@link DecisionForm} and {@link DecisionService} check it, as for the API.
 */
public class DecisionChoice {
    private String thresholdLevel;
    private String rag;
    private String pathway;
    private List<String> actions = new ArrayList<>();
    private String rationale;

    String toJson() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        if (thresholdLevel != null && thresholdLevel.matches("\\d")) {
            root.put("thresholdLevel", Integer.parseInt(thresholdLevel));
        }
        if (rag != null && !rag.isBlank()) {
            root.put("rag", rag);
        }
        if (pathway != null && !pathway.isBlank()) {
            root.put("pathway", pathway);
        }
        actions.forEach(root.putArray("actions")::add);
        if (actions.isEmpty()) {
            root.putArray("actions");
        }
        if (rationale != null && !rationale.isBlank()) {
            root.put("rationale", rationale);
        }
        return root.toString();
    }

    /** The decision rules' problems as the form's errors, by the input each came from. */
    static FormErrors errors(List<Problem> problems) {
        FormErrors errors = new FormErrors();
        for (Problem p : problems) {
            String path = p.path();
            if (path.equals("$.thresholdLevel")) {
                errors.add("thresholdLevel", "Select a threshold level");
            } else if (path.equals("$.rag")) {
                errors.add("rag-choice", "Select a RAG rating");
            } else if (path.equals("$.pathway")) {
                errors.add("pathway-choice", "Select a pathway");
            } else if (path.startsWith("$.actions")) {
                errors.add("actions-choice", "Select actions from the list only");
            } else if (path.equals("$.rationale")) {
                errors.add("rationale", "Give your rationale for this decision, agreeing with the recommendation or not,"
                        + " in 4,000 characters or fewer");
            } else {
                errors.add("thresholdLevel", "The decision could not be read (" + path + " " + p.reason() + ")");
            }
        }
        return errors;
    }

    public String getThresholdLevel() { return thresholdLevel; }
    public void setThresholdLevel(String thresholdLevel) { this.thresholdLevel = thresholdLevel; }
    public String getRag() { return rag; }
    public void setRag(String rag) { this.rag = rag; }
    public String getPathway() { return pathway; }
    public void setPathway(String pathway) { this.pathway = pathway; }
    public List<String> getActions() { return actions; }
    public void setActions(List<String> actions) { this.actions = actions == null ? new ArrayList<>() : actions; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
}
