package frontdoor.rules.engine;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;
import org.kie.dmn.api.core.event.AfterEvaluateDecisionTableEvent;
import org.kie.dmn.api.core.event.DMNRuntimeEventListener;

/**
 * What the engines reported while one referral was evaluated: the decision-table rows they selected and
 * the rules that fired, in order. The DMN runtime is shared between threads, so its listener writes to the
 * trace of the evaluating thread.
 */
final class DecisionTrace {
    /**
     * The rows (1-based, as the DMN engine reports them) of a decision table that matched, and those it
     * selected: for a first-match table the first, for a collect table with an aggregation the one that
     * gave the value.
     */
    record TableMatch(String decision, List<Integer> matches, List<Integer> selected) {
    }

    /** A rule that fired: its name, its {@code @reason} and the concerns it bound as {@code $evidence}. */
    record RuleFiring(String rule, String text, List<CodedConcern> evidence) {
    }

    private static final ThreadLocal<DecisionTrace> CURRENT = new ThreadLocal<>();
    final List<TableMatch> tables = new ArrayList<>();
    final List<RuleFiring> rules = new ArrayList<>();

    static DecisionTrace start() {
        DecisionTrace trace = new DecisionTrace();
        CURRENT.set(trace);
        return trace;
    }

    static void end() {
        CURRENT.remove();
    }

    /** Registered once on the DMN runtime; records the selected rows of every decision table. */
    static final DMNRuntimeEventListener TABLES = new DMNRuntimeEventListener() {
        @Override
        public void afterEvaluateDecisionTable(AfterEvaluateDecisionTableEvent event) {
            DecisionTrace trace = CURRENT.get();
            if (trace != null) {
                trace.tables.add(new TableMatch(event.getNodeName(), List.copyOf(event.getMatches()),
                        List.copyOf(event.getSelected())));
            }
        }
    };

    /** Added to each rule session; records every rule that fired. */
    DefaultAgendaEventListener rulesListener() {
        return new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                Match match = event.getMatch();
                List<CodedConcern> evidence = new ArrayList<>();
                if (match.getDeclarationIds().contains("$evidence")
                        && match.getDeclarationValue("$evidence") instanceof List<?> bound) {
                    bound.forEach(c -> evidence.add((CodedConcern) c));
                }
                rules.add(new RuleFiring(match.getRule().getName(), EscalationRules.reason(match.getRule()), evidence));
            }
        };
    }
}
