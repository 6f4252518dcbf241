package frontdoor.rules.engine;

import frontdoor.rules.PolicyTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.ast.DecisionNode;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.HitPolicy;

/**
 * The rule id and the practice lead's sentence of every decision-table row, read from the rows'
 * annotation columns {@code rule} and {@code reason} in the model itself.
 */
final class TableRows {
    record Row(String rule, String text) {
    }

    private final Map<String, List<Row>> rows = new HashMap<>();
    private final Map<String, HitPolicy> hitPolicies = new HashMap<>();
    private final List<PolicyTable> tables = new ArrayList<>();

    TableRows(DMNModel... models) {
        for (DMNModel model : models) {
            for (DecisionNode node : model.getDecisions()) {
                if (node.getDecision().getExpression() instanceof DecisionTable table) {
                    rows.put(node.getName(), read(table));
                    hitPolicies.put(node.getName(), table.getHitPolicy());
                    tables.add(table(node.getName(), table, rows.get(node.getName())));
                }
            }
        }
    }

    /** Every decision table of the models, in model order, as a person reads it. */
    List<PolicyTable> tables() {
        return List.copyOf(tables);
    }

    private static PolicyTable table(String decision, DecisionTable table, List<Row> ids) {
        List<PolicyTable.Row> rows = new ArrayList<>();
        for (int r = 0; r < table.getRule().size(); r++) {
            DecisionRule row = table.getRule().get(r);
            rows.add(new PolicyTable.Row(ids.get(r).rule(), row.getInputEntry().stream().map(e -> text(e.getText())).toList(),
                    row.getOutputEntry().stream().map(e -> text(e.getText())).toList(),
                    row.getAnnotationEntry().stream().map(e -> text(e.getText())).toList()));
        }
        return new PolicyTable(decision, String.valueOf(table.getHitPolicy()),
                table.getInput().stream().map(i -> i.getLabel() != null && !i.getLabel().isBlank() ? i.getLabel()
                        : text(i.getInputExpression().getText())).toList(),
                table.getOutput().stream().map(o -> o.getName() != null ? o.getName() : decision).toList(),
                table.getAnnotation().stream().map(a -> a.getName()).toList(), rows);
    }

    private static String text(String entry) {
        return entry == null || entry.isBlank() ? "-" : entry.trim();
    }

    private static List<Row> read(DecisionTable table) {
        int rule = -1;
        int reason = -1;
        for (int i = 0; i < table.getAnnotation().size(); i++) {
            String name = table.getAnnotation().get(i).getName();
            if ("rule".equals(name)) {
                rule = i;
            } else if ("reason".equals(name)) {
                reason = i;
            }
        }
        List<Row> result = new ArrayList<>();
        for (int r = 0; r < table.getRule().size(); r++) {
            DecisionRule row = table.getRule().get(r);
            result.add(new Row(annotation(row, rule, "row " + (r + 1)), annotation(row, reason, "")));
        }
        return result;
    }

    private static String annotation(DecisionRule row, int column, String absent) {
        if (column < 0 || column >= row.getAnnotationEntry().size()) {
            return absent;
        }
        String text = row.getAnnotationEntry().get(column).getText();
        return text == null || text.isBlank() ? absent : text.trim();
    }

    /**
     * The rows that are reasons (docs/policy-rules.md "Reasons"): for a first-match table the row taken; for a collect table
     * every row that matched, including one that did not change an aggregated value.
     */
    List<Integer> reasonRows(DecisionTrace.TableMatch table) {
        return hitPolicies.get(table.decision()) == HitPolicy.COLLECT ? table.matches() : table.selected();
    }

    /** The row at a 1-based index, as the DMN engine reports selected rows. */
    Row row(String decision, int index) {
        return rows.get(decision).get(index - 1);
    }
}
