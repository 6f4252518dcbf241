package frontdoor.rules.engine;

import frontdoor.rules.EscalationRule;
import java.util.Comparator;
import java.util.List;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * The escalation rules of a compiled rule base in the order they apply, read from the engine itself (name,
 * salience, {@code @reason}) rather than from the DRL text, so a page shows what the engine runs.
 */
final class EscalationRules {
    private EscalationRules() {
    }

    /** Highest salience first (the order the engine fires them in); rules of equal salience by name. */
    static List<EscalationRule> of(KieBase base) {
        return base.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .map(r -> new EscalationRule(r.getName(), r instanceof RuleImpl impl ? impl.getSalienceValue() : 0,
                        reason(r)))
                .sorted(Comparator.comparingInt(EscalationRule::salience).reversed().thenComparing(EscalationRule::name))
                .toList();
    }

    /**
     * A rule's {@code @reason} sentence. The executable model keeps the DRL's string literal with its quotes;
     * the sentence is what is between them.
     */
    static String reason(Rule rule) {
        Object value = rule.getMetaData().get("reason");
        String text = value == null ? "" : value.toString().trim();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}
