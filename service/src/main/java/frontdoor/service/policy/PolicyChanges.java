package frontdoor.service.policy;

import java.util.List;

/**
 * A draft's changes against the version it is based on, as the policy reads: decision tables row by row,
 * escalation rules by name, and the values of the catalogue, timescales, recipes, weights and descriptor
 * (each item and field, old and new), and the draft's own cases by file. Never a raw text diff of XML. The
 * author and the approver see the same object (API and page).
 */
public record PolicyChanges(String draftId, int revision, String basedOn, List<TableChange> tables, List<RuleChange> rules,
                            List<ValueChange> values, List<FileChange> cases) {

    public enum Change {
        ADDED, REMOVED, CHANGED, MOVED
    }

    /** A decision table of a model file: added or removed whole, or its columns and rows changed. */
    public record TableChange(String file, String table, Change change, List<String> columnsBefore, List<String> columnsAfter,
                              List<RowChange> rows) {
    }

    /**
     * A row by its rule id: added, removed, moved (its order among the rows both versions have changed; its
     * places before and after, 1-based), or changed (its cells; {@code moved} too when it also moved).
     */
    public record RowChange(String rule, Change change, boolean moved, Integer positionBefore, Integer positionAfter, List<Cell> cells) {
    }

    /** A cell by its column (input label, output or annotation name), old and new; null where the row has none. */
    public record Cell(String column, String before, String after) {
    }

    /** An escalation rule by name, with its text before and after. */
    public record RuleChange(String name, Change change, String before, String after) {
    }

    /** A value of a JSON policy file: the item (such as {@code indicators[CODE]} or {@code checks}), the field, old and new. */
    public record ValueChange(String file, String item, String field, String before, String after) {
    }

    /** A case file of the draft's own, added, removed or changed. */
    public record FileChange(String file, Change change) {
    }

    public boolean none() {
        return tables.isEmpty() && rules.isEmpty() && values.isEmpty() && cases.isEmpty();
    }
}
