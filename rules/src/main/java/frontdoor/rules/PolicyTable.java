package frontdoor.rules;

import java.util.List;

/**
 * A decision table of the policy as a person reads it on paper: its inputs, outputs and annotation columns,
 * and each row with its rule id and its entries as written in the model (FEEL, {@code -} for any value).
 */
public record PolicyTable(String decision, String hitPolicy, List<String> inputs, List<String> outputs,
                          List<String> annotations, List<Row> rows) {

    /** One row: its rule id (the annotation column {@code rule}, or "row N") and its entries. */
    public record Row(String rule, List<String> inputs, List<String> outputs, List<String> annotations) {
    }
}
