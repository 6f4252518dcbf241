package frontdoor.rules.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
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
    /** How many sentences are remembered per compiled version. */
    static final int REMEMBERED = 4096;
    private static final Pattern PATH = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_ ]*(\\.[\\p{L}_][\\p{L}\\p{N}_ ]*)*");
    private static final FEEL FEEL_ENGINE = FEEL.newInstance(CatchAll.class.getClassLoader(), List.of());

    private record Table(List<String> labels, List<String> expressions, List<String> rules, List<List<String>> entries) {
    }

    /** One row above: its rule id, the conditions that held and those that did not, in words. */
    private record Near(String rule, List<String> held, List<String> failed) {
        String told() {
            return rule + ": " + (held.isEmpty() ? "" : String.join(" and ", held) + " as the row needs, but ") + String.join(" and ", failed);
        }
    }

    /** A FEEL context per thread, reused: each condition is tested in a frame of its own, left when done. */
    private static final ThreadLocal<EvaluationContextImpl> CONTEXT = ThreadLocal.withInitial(
            () -> new EvaluationContextImpl(CatchAll.class.getClassLoader(), new FEELEventListenersManager(), FEELDialect.FEEL));
    private final Map<String, Table> tables = new HashMap<>();
    private final Map<String, List<UnaryTest>> compiled = new ConcurrentHashMap<>();
    /**
     * The sentences already told, by table, row and the values read: testing the rows above in FEEL costs
     * more than the rest of the reasons together, and the same values come back day after day.
     */
    private final Map<List<Object>, String> told = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, String> eldest) {
            return size() > REMEMBERED;
        }
    };

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
     * catch-all below other rows. {@code values} gives the names the table's model read and decided (asked
     * for only when the row is a catch-all).
     */
    String explain(String decision, int index, Supplier<Map<String, Object>> values) {
        Table t = tables.get(decision);
        if (t == null || index < 2 || !t.entries().get(index - 1).stream().allMatch(CatchAll::any)) {
            return null;
        }
        Map<String, Object> read = values.get();
        List<Object> inputs = t.expressions().stream().map(e -> value(e, read)).toList();
        List<Object> key = List.of(decision, index, inputs);
        synchronized (told) {
            String known = told.get(key);
            if (known != null) {
                return known;
            }
        }
        String why = nearest(t, index, inputs);
        synchronized (told) {
            told.put(key, why);
        }
        return why;
    }

    private String nearest(Table t, int index, List<Object> inputs) {
        EvaluationContextImpl ctx = CONTEXT.get();
        List<Near> rows = new ArrayList<>();
        for (int r = 0; r < index - 1; r++) {
            List<String> held = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            List<String> entries = t.entries().get(r);
            for (int i = 0; i < entries.size(); i++) {
                String entry = entries.get(i);
                if (!any(entry)) {
                    boolean holds = holds(entry, inputs.get(i), ctx);
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

    private boolean holds(String entry, Object value, EvaluationContextImpl ctx) {
        List<UnaryTest> tests = compiled.computeIfAbsent(entry, FEEL_ENGINE::evaluateUnaryTests);
        ctx.enterFrame();
        try {
            ctx.setValue("?", value);
            return tests.stream().anyMatch(test -> Boolean.TRUE.equals(test.apply(ctx, value)));
        } finally {
            ctx.exitFrame();
        }
    }

    /** An input expression's value: a name or a path of names is looked up; anything else is evaluated. */
    private static Object value(String expression, Map<String, Object> values) {
        if (!PATH.matcher(expression).matches()) {
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
