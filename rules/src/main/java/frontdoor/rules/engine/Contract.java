package frontdoor.rules.engine;

import frontdoor.rules.PolicyBundle;
import frontdoor.rules.PolicyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.ast.DecisionNode;
import org.kie.dmn.api.core.ast.InputDataNode;

/**
 * What {@link PolicyEngine} reads of the models and gives them: each decision with its type, each input by
 * name. A model that renamed one is refused when the bundle is compiled, naming the file and the decision,
 * rather than failing on the next referral.
 */
final class Contract {
    private static final Map<String, String> THRESHOLD_DECISIONS = Map.of("Age group", "tAgeGroup", "Base level", "tLevel");
    /** "RAG outcome" and "Pathway outcome" are plain text for the service's metrics: without them the counts would stop unnoticed. */
    private static final Map<String, String> SCREENING_DECISIONS = Map.of("RAG rating", "tRagResult", "Pathway", "tPathwayResult",
            "Actions", "tActionResults", "Information gaps", "tGapResults", "RAG outcome", "tRag", "Pathway outcome", "tPathway");
    private static final List<String> THRESHOLD_INPUTS = List.of("Child", "Received on", "Concerns");
    private static final List<String> SCREENING_INPUTS = List.of("Threshold level", "Age group", "Concerns", "In area", "Consent",
            "Source method", "History", "Escalations raised");

    private Contract() {
    }

    static void check(DMNModel threshold, DMNModel screening) {
        List<String> problems = new ArrayList<>();
        check(threshold, PolicyBundle.THRESHOLD_MODEL, THRESHOLD_DECISIONS, THRESHOLD_INPUTS, problems);
        check(screening, PolicyBundle.SCREENING_MODEL, SCREENING_DECISIONS, SCREENING_INPUTS, problems);
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
    }

    private static void check(DMNModel model, String file, Map<String, String> decisions, List<String> inputs, List<String> problems) {
        decisions.forEach((name, type) -> {
            DecisionNode node = model.getDecisionByName(name);
            if (node == null) {
                problems.add(file + ": decision \"" + name + "\" is missing; the service reads it (a renamed decision?)");
            } else if (node.getResultType() == null || !type.equals(node.getResultType().getName())) {
                problems.add(file + ": decision \"" + name + "\" must be of type " + type + ", not "
                        + (node.getResultType() == null ? "none" : node.getResultType().getName()));
            }
        });
        for (String name : inputs) {
            InputDataNode input = model.getInputByName(name);
            if (input == null) {
                problems.add(file + ": input \"" + name + "\" is missing; the service gives it to the model");
            }
        }
    }
}
