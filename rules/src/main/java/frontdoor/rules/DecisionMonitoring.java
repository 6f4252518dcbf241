package frontdoor.rules;

import java.util.List;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.kogito.decision.DecisionModel;

/**
 * What a compiled policy version lets its user add around its engines, for metrics
 * ({@link Recommender#monitored}): the rules module evaluates each DMN model through a Kogito
 * {@link DecisionModel} and each escalation session with these listeners ({@link KieMonitoring}: the KIE
 * monitoring add-on's, into a registry given). The version is given so that whatever is recorded can say
 * which version made it.
 */
public interface DecisionMonitoring {
    /** Nothing added: the command line, the benchmarks and the checks of a draft. */
    DecisionMonitoring NONE = new DecisionMonitoring() {
        @Override
        public DecisionModel decisions(String policyVersion, DecisionModel model) {
            return model;
        }

        @Override
        public List<AgendaEventListener> escalationListeners(String policyVersion, String ruleBase) {
            return List.of();
        }
    };

    /**
     * The model that evaluates in place of {@code model} (which it must delegate to, results unchanged);
     * called once per model when the version is monitored.
     */
    DecisionModel decisions(String policyVersion, DecisionModel model);

    /** Listeners added to every session of the version's rule base {@code ruleBase}; called once, when monitored. */
    List<AgendaEventListener> escalationListeners(String policyVersion, String ruleBase);
}
