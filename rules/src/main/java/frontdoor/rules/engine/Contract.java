package frontdoor.rules.engine;

import frontdoor.rules.PolicyBundle;
import frontdoor.rules.PolicyException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNType;
import org.kie.dmn.api.core.ast.DecisionNode;
import org.kie.dmn.api.core.ast.InputDataNode;

/**
 * What {@link PolicyEngine} reads of the models and gives them: each decision with its type, each input by
 * name. A model that renamed one is refused when the bundle is compiled, naming the file and the decision,
 * rather than failing on the next referral.
 *
 * <p>Each value read is checked against its decision's type, allowed values included ({@link #check}): a row
 * that gives {@code "AMBR"} fails the evaluation, never reaches a recommendation. This is the KIE runtime type
 * check's work on what is read (it stays off: it checked every input and intermediate value too, and asked
 * the FEEL engine each time, at a new class loader and a copy of the whole context per allowed-values test,
 * about a quarter of a recommendation). Here each allowed-values answer is asked once per type and value.
 */
final class Contract {
    /** Answers kept per type: the allowed-values types read are enumerations of a few dozen values at most. */
    private static final int KEPT = 1_000;
    private static final Map<String, String> THRESHOLD_DECISIONS = Map.of("Age group", "tAgeGroup", "Base level", "tLevel");
    /** "RAG outcome" and "Pathway outcome" are plain text for the service's metrics: without them the counts would stop unnoticed. */
    private static final Map<String, String> SCREENING_DECISIONS = Map.of("RAG rating", "tRagResult", "Pathway", "tPathwayResult",
            "Actions", "tActionResults", "Information gaps", "tGapResults", "RAG outcome", "tRag", "Pathway outcome", "tPathway");
    private static final List<String> THRESHOLD_INPUTS = List.of("Child", "Received on", "Concerns");
    private static final List<String> SCREENING_INPUTS = List.of("Threshold level", "Age group", "Concerns", "In area", "Consent",
            "Source method", "History", "Escalations raised");

    /** The type of each decision read, by decision name. */
    private final Map<String, DMNType> types = new HashMap<>();
    /** The FEEL engine's answers for values of types with allowed values, by type and value. */
    private final Map<DMNType, Map<Object, Boolean>> answers = new ConcurrentHashMap<>();

    private Contract(DMNModel threshold, DMNModel screening) {
        THRESHOLD_DECISIONS.keySet().forEach(d -> types.put(d, threshold.getDecisionByName(d).getResultType()));
        SCREENING_DECISIONS.keySet().forEach(d -> types.put(d, screening.getDecisionByName(d).getResultType()));
    }

    /** The models' contract, or a PolicyException naming each decision or input missing or mistyped. */
    static Contract of(DMNModel threshold, DMNModel screening) {
        List<String> problems = new ArrayList<>();
        check(threshold, PolicyBundle.THRESHOLD_MODEL, THRESHOLD_DECISIONS, THRESHOLD_INPUTS, problems);
        check(screening, PolicyBundle.SCREENING_MODEL, SCREENING_DECISIONS, SCREENING_INPUTS, problems);
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
        return new Contract(threshold, screening);
    }

    /** {@code result} if every decision read gave a value of its type; else the policy is broken (no value is named). */
    DMNResult check(DMNResult result) {
        for (DMNDecisionResult decision : result.getDecisionResults()) {
            DMNType type = types.get(decision.getDecisionName());
            if (type != null && !allows(type, decision.getResult())) {
                throw new IllegalStateException("the policy failed to evaluate: decision \"" + decision.getDecisionName()
                        + "\" gave a value that is not a " + type.getName());
            }
        }
        return result;
    }

    private boolean allows(DMNType type, Object value) {
        if (value == null) {
            return true; // as the KIE type check: what reads the value fails on it
        }
        if (type.isComposite()) {
            return type.isCollection() && value instanceof Collection<?> rows ? rows.stream().allMatch(row -> fieldsAllow(type, row))
                    : fieldsAllow(type, value);
        }
        if (!restricted(type)) {
            return type.isAssignableValue(value); // a plain type: no FEEL test
        }
        Map<Object, Boolean> known = answers.computeIfAbsent(type, t -> new ConcurrentHashMap<>());
        Boolean answer = known.get(value);
        if (answer == null) {
            answer = type.isAssignableValue(value);
            if (known.size() < KEPT) {
                known.put(value, answer);
            }
        }
        return answer;
    }

    private boolean fieldsAllow(DMNType type, Object value) {
        return value instanceof Map<?, ?> fields
                && type.getFields().entrySet().stream().allMatch(f -> allows(f.getValue(), fields.get(f.getKey())));
    }

    /** Whether the type or a type it is based on has allowed values. */
    private static boolean restricted(DMNType type) {
        for (DMNType t = type; t != null; t = t.getBaseType()) {
            if (t.getAllowedValues() != null && !t.getAllowedValues().isEmpty()) {
                return true;
            }
        }
        return false;
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
