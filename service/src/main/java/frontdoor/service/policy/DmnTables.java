package frontdoor.service.policy;

import frontdoor.rules.PolicyTable;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The decision tables of a DMN file as a person reads them, read from the XML itself (a draft that does
 * not compile still shows its tables): each table's input labels, output and annotation names, and each row
 * with its rule id (the annotation column {@code rule}, or "row N") and its entries as written.
 */
final class DmnTables {
    private DmnTables() {
    }

    /** The tables of the file, in the file's order; none when the text is not XML. */
    static List<PolicyTable> read(String xml) {
        List<PolicyTable> tables = new ArrayList<>();
        if (xml == null) {
            return tables;
        }
        Element root;
        try {
            root = DmnCells.document(xml).getDocumentElement();
        } catch (Exception e) {
            return tables;
        }
        for (Element decision : DmnCells.elements(root, "decision")) {
            for (Element table : DmnCells.elements(decision, "decisionTable")) {
                List<String> inputs = DmnCells.elements(table, "input").stream().map(i -> i.getAttribute("label")).toList();
                List<String> outputs = DmnCells.elements(table, "output").stream().map(o -> o.getAttribute("name")).toList();
                List<String> annotations = DmnCells.elements(table, "annotation").stream().map(a -> a.getAttribute("name")).toList();
                int ruleColumn = annotations.indexOf("rule");
                List<PolicyTable.Row> rows = new ArrayList<>();
                List<Element> rules = DmnCells.elements(table, "rule");
                for (int r = 0; r < rules.size(); r++) {
                    List<String> notes = texts(rules.get(r), "annotationEntry");
                    String id = ruleColumn >= 0 && ruleColumn < notes.size() && !notes.get(ruleColumn).isBlank() ? notes.get(ruleColumn) : "row " + (r + 1);
                    rows.add(new PolicyTable.Row(id, texts(rules.get(r), "inputEntry"), texts(rules.get(r), "outputEntry"), notes));
                }
                tables.add(new PolicyTable(decision.getAttribute("name"), table.getAttribute("hitPolicy"), inputs, outputs, annotations, rows));
            }
        }
        return tables;
    }

    private static List<String> texts(Element rule, String entry) {
        return DmnCells.elements(rule, entry).stream().map(e -> e.getTextContent().trim()).toList();
    }
}
