package frontdoor.rules.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.ast.DecisionNode;
import org.kie.dmn.feel.FEEL;
import org.kie.dmn.feel.lang.FEELDialect;
import org.kie.dmn.feel.lang.impl.EvaluationContextImpl;
import org.kie.dmn.feel.lang.impl.FEELEventListenersManager;
import org.kie.dmn.feel.runtime.UnaryTest;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.HitPolicy;

/**
 * Why a table's catch-all row was taken. A row with no input condition (every entry "-") below other rows
 * of a single-hit table is taken only when no row above matched, and "no row above matched" tells the
 * worker nothing. So its reason goes on to name the rows above that came nearest (the fewest conditions
 * that failed, then the most that held) and, for each, which of its conditions held and which did not, in
 * words, from the values the table read. Each row's conditions are compiled once, when first needed.
 */
final class CatchAll {
    /** How many of the nearest rows are told. */
    static final int MOST = 3;
    private static final FEEL FEEL_ENGINE = FEEL.newInstance(CatchAll.class.getClassLoader(), List.of());

    private record Table(List<String> labels, List<String> expressions, List<String> rules, List<List<String>> entries) {
    }

    /** One row above: its rule id, the conditions that held and those that did not, in words. */
    private record Near(String rule, List<String> held, List<String> failed) {
        String told() {
            return rule + ": " + (held.isEmpty() ? "" : String.join(" and ", held) + " as the row needs, but ") + String.join(" and ", failed);
        }
    }

    private final Map<String, Table> tables = new HashMap<>();
    private final Map<String, List<UnaryTest>> compiled = new ConcurrentHashMap<>();

    CatchAll(TableRows rows, DMNModel... models) {
        for (DMNModel model : models) {
            for (DecisionNode node : model.getDecisions()) {
                if (node.getDecision().getExpression() instanceof DecisionTable t && t.getHitPolicy() != HitPolicy.COLLECT
                        && t.getHitPolicy() != HitPolicy.RULE_ORDER && t.getHitPolicy() != HitPolicy.OUTPUT_ORDER) {
                    List<List<String>> entries = new ArrayList<>();
                    List<String> rules = new ArrayList<>();
                    for (int r = 0; r < t.getRule().size(); r++) {
                        entries.add(t.getRule().get(r).getInputEntry().stream().map(e -> e.getText() == null ? "-" : e.getText().trim()).toList());
                        rules.add(rows.row(node.getName(), r + 1).rule());
                    }
                    tables.put(node.getName(), new Table(
                            t.getInput().stream().map(i -> i.getLabel() != null && !i.getLabel().isBlank() ? i.getLabel() : i.getInputExpression().getText()).toList(),
                            t.getInput().stream().map(i -> i.getInputExpression().getText().trim()).toList(), rules, entries));
                }
            }
        }
    }

    /**
     * The sentence that follows the catch-all row's own, or null when the row taken (1-based) is not a
     * catch-all below other rows. {@code values} are the names the table's model read and decided.
     */
    String explain(String decision, int index, Map<String, Object> values) {
        Table t = tables.get(decision);
        if (t == null || index < 2 || !t.entries().get(index - 1).stream().allMatch(CatchAll::any)) {
            return null;
        }
        List<Object> inputs = t.expressions().stream().map(e -> value(e, values)).toList();
        List<Near> rows = new ArrayList<>();
        for (int r = 0; r < index - 1; r++) {
            List<String> held = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            List<String> entries = t.entries().get(r);
            for (int i = 0; i < entries.size(); i++) {
                String entry = entries.get(i);
                if (!any(entry)) {
                    boolean holds = holds(entry, inputs.get(i));
                    (holds ? held : failed).add(Conditions.told(t.labels().get(i), entry, inputs.get(i), holds));
                }
            }
            if (!failed.isEmpty()) {
                rows.add(new Near(t.rules().get(r), held, failed));
            }
        }
        rows.sort(Comparator.comparingInt((Near n) -> n.failed().size()).thenComparing(n -> -n.held().size()));
        Near first = rows.isEmpty() ? null : rows.get(0);
        if (first == null) {
            return null;
        }
        List<Near> nearest = rows.stream().filter(n -> n.failed().size() == first.failed().size() && n.held().size() == first.held().size())
                .limit(MOST).toList();
        List<String> ids = nearest.stream().map(Near::rule).toList();
        String who = ids.size() == 1 ? ids.get(0) + " came nearest" : String.join(", ", ids.subList(0, ids.size() - 1)) + " and "
                + ids.get(ids.size() - 1) + " came nearest";
        return who + ". " + String.join("; ", nearest.stream().map(Near::told).toList()) + ".";
    }

    private static boolean any(String entry) {
        return entry.isEmpty() || entry.equals("-");
    }

    private boolean holds(String entry, Object value) {
        List<UnaryTest> tests = compiled.computeIfAbsent(entry, FEEL_ENGINE::evaluateUnaryTests);
        for (UnaryTest test : tests) {
            EvaluationContextImpl ctx = new EvaluationContextImpl(CatchAll.class.getClassLoader(), new FEELEventListenersManager(), FEELDialect.FEEL);
            ctx.enterFrame();
            ctx.setValue("?", value);
            if (Boolean.TRUE.equals(test.apply(ctx, value))) {
                return true;
            }
        }
        return false;
    }

    /** An input expression's value: a name or a path of names is looked up; anything else is evaluated. */
    private static Object value(String expression, Map<String, Object> values) {
        if (!expression.matches("[\\p{L}_][\\p{L}\\p{N}_ ]*(\\.[\\p{L}_][\\p{L}\\p{N}_ ]*)*")) {
            return FEEL_ENGINE.evaluate(expression, values);
        }
        Object at = values;
        for (String name : expression.split("\\.")) {
            at = at instanceof Map<?, ?> map ? map.get(name.trim()) : null;
        }
        return at;
    }

    /** A value as a person reads it. */
    static String shown(Object value) {
        if (value == null) {
            return "not given";
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? "none" : String.join(", ", c.stream().map(CatchAll::shown).toList());
        }
        return value instanceof BigDecimal n ? n.stripTrailingZeros().toPlainString() : value.toString();
    }
}
