package frontdoor.service.policy;

import frontdoor.rules.PolicyTable;
import frontdoor.service.policy.PolicyChanges.Cell;
import frontdoor.service.policy.PolicyChanges.Change;
import frontdoor.service.policy.PolicyChanges.RowChange;
import frontdoor.service.policy.PolicyChanges.TableChange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two versions of a model file's decision tables compared row by row. Rows are matched by their rule id;
 * of the rows both have, those outside the longest common order are moved; a row in both whose cells
 * differ is changed, with each differing cell old and new. Cells are matched by column name.
 */
final class TableChanges {
    private TableChanges() {
    }

    static List<TableChange> of(String file, String before, String after) {
        Map<String, PolicyTable> old = byName(DmnTables.read(before));
        Map<String, PolicyTable> now = byName(DmnTables.read(after));
        List<TableChange> changes = new ArrayList<>();
        for (PolicyTable t : now.values()) {
            PolicyTable was = old.get(t.decision());
            if (was == null) {
                changes.add(new TableChange(file, t.decision(), Change.ADDED, List.of(), columns(t),
                        t.rows().stream().map(r -> whole(t, r, Change.ADDED)).toList()));
            } else {
                TableChange c = compare(file, was, t);
                if (c != null) {
                    changes.add(c);
                }
            }
        }
        old.values().stream().filter(t -> !now.containsKey(t.decision())).forEach(t -> changes.add(new TableChange(file, t.decision(),
                Change.REMOVED, columns(t), List.of(), t.rows().stream().map(r -> whole(t, r, Change.REMOVED)).toList())));
        return changes;
    }

    private static TableChange compare(String file, PolicyTable before, PolicyTable after) {
        List<String> oldIds = before.rows().stream().map(PolicyTable.Row::rule).toList();
        List<String> newIds = after.rows().stream().map(PolicyTable.Row::rule).toList();
        List<String> common = oldIds.stream().filter(newIds::contains).toList();
        List<String> commonAfter = newIds.stream().filter(oldIds::contains).toList();
        Set<String> inOrder = new HashSet<>(longestCommonOrder(common, commonAfter));
        List<RowChange> rows = new ArrayList<>();
        for (PolicyTable.Row row : after.rows()) {
            int i = oldIds.indexOf(row.rule());
            if (i < 0) {
                rows.add(whole(after, row, Change.ADDED));
                continue;
            }
            List<Cell> cells = cells(before, before.rows().get(i), after, row);
            boolean moved = !inOrder.contains(row.rule());
            if (moved || !cells.isEmpty()) {
                rows.add(new RowChange(row.rule(), cells.isEmpty() ? Change.MOVED : Change.CHANGED, moved, i + 1, newIds.indexOf(row.rule()) + 1, cells));
            }
        }
        for (int i = 0; i < before.rows().size(); i++) {
            if (!newIds.contains(oldIds.get(i))) {
                rows.add(whole(before, before.rows().get(i), Change.REMOVED));
            }
        }
        boolean columns = !columns(before).equals(columns(after)) || !before.hitPolicy().equals(after.hitPolicy());
        return rows.isEmpty() && !columns ? null : new TableChange(file, after.decision(), Change.CHANGED, columns(before), columns(after), rows);
    }

    private static RowChange whole(PolicyTable t, PolicyTable.Row row, Change change) {
        List<Cell> cells = new ArrayList<>();
        cells(t, row).forEach((column, text) -> cells.add(change == Change.ADDED ? new Cell(column, null, text) : new Cell(column, text, null)));
        int position = t.rows().indexOf(row) + 1;
        return new RowChange(row.rule(), change, false, change == Change.ADDED ? null : position, change == Change.ADDED ? position : null, cells);
    }

    private static List<Cell> cells(PolicyTable before, PolicyTable.Row was, PolicyTable after, PolicyTable.Row now) {
        Map<String, String> old = cells(before, was);
        Map<String, String> cur = cells(after, now);
        List<Cell> cells = new ArrayList<>();
        cur.forEach((column, text) -> {
            if (!text.equals(old.get(column))) {
                cells.add(new Cell(column, old.get(column), text));
            }
        });
        old.forEach((column, text) -> {
            if (!cur.containsKey(column)) {
                cells.add(new Cell(column, text, null));
            }
        });
        return cells;
    }

    /** A row's entries by column: inputs by label, then outputs and annotations by name. */
    private static Map<String, String> cells(PolicyTable t, PolicyTable.Row row) {
        Map<String, String> cells = new LinkedHashMap<>();
        put(cells, t.inputs(), row.inputs());
        put(cells, t.outputs(), row.outputs());
        put(cells, t.annotations(), row.annotations());
        return cells;
    }

    private static void put(Map<String, String> cells, List<String> columns, List<String> entries) {
        for (int i = 0; i < entries.size(); i++) {
            cells.put(i < columns.size() ? columns.get(i) : "column " + (i + 1), entries.get(i));
        }
    }

    private static List<String> columns(PolicyTable t) {
        List<String> columns = new ArrayList<>(t.inputs());
        columns.addAll(t.outputs());
        columns.addAll(t.annotations());
        return columns;
    }

    private static Map<String, PolicyTable> byName(List<PolicyTable> tables) {
        Map<String, PolicyTable> byName = new LinkedHashMap<>();
        tables.forEach(t -> byName.put(t.decision(), t));
        return byName;
    }

    /** The longest subsequence of {@code a} that is also one of {@code b} (both hold the same ids). */
    static List<String> longestCommonOrder(List<String> a, List<String> b) {
        int[][] n = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                n[i][j] = a.get(i).equals(b.get(j)) ? n[i + 1][j + 1] + 1 : Math.max(n[i + 1][j], n[i][j + 1]);
            }
        }
        List<String> order = new ArrayList<>();
        for (int i = 0, j = 0; i < a.size() && j < b.size(); ) {
            if (a.get(i).equals(b.get(j))) {
                order.add(a.get(i));
                i++;
                j++;
            } else if (n[i + 1][j] >= n[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return order;
    }
}
