package frontdoor.service.policy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The cells of a DMN file's decision tables, the literal expressions of its other decisions (such as the
 * entries of the facts the tables read), and the values its types allow, read as XML (no DTD, no external
 * entities), so the checks can name the table and row, or the decision, a value is written in.
 */
record DmnCells(List<Cell> cells, Set<String> allowedValues) {
    static final Pattern LITERAL = Pattern.compile("\"([A-Z][A-Z0-9_]*)\"");

    /**
     * One cell: the decision (table), its 1-based row, the column's name or label, input or output, the FEEL
     * text. A decision's literal expression is row 0, an output, its column the context entry's name (or empty).
     */
    record Cell(String table, int row, String column, boolean output, String text) {
        String where() {
            return row == 0 ? "decision \"" + table + "\"" : "table \"" + table + "\", row " + row;
        }
    }

    /** A DMN (or any XML) text as a DOM, namespace-aware, with no DTD and no external entities. */
    static Document document(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static DmnCells read(String xml) throws Exception {
        Document doc = document(xml);
        Set<String> allowed = new LinkedHashSet<>();
        for (Element e : elements(doc.getDocumentElement(), "allowedValues")) {
            allowed.addAll(literals(e.getTextContent()));
        }
        List<Cell> cells = new ArrayList<>();
        for (Element decision : elements(doc.getDocumentElement(), "decision")) {
            for (Element table : elements(decision, "decisionTable")) {
                List<String> inputs = new ArrayList<>();
                elements(table, "input").forEach(i -> inputs.add(i.getAttribute("label")));
                List<String> outputs = new ArrayList<>();
                elements(table, "output").forEach(o -> outputs.add(o.getAttribute("name")));
                List<Element> rules = elements(table, "rule");
                for (int r = 0; r < rules.size(); r++) {
                    add(cells, decision.getAttribute("name"), r + 1, inputs, elements(rules.get(r), "inputEntry"), false);
                    add(cells, decision.getAttribute("name"), r + 1, outputs, elements(rules.get(r), "outputEntry"), true);
                }
            }
            for (Element literal : elements(decision, "literalExpression")) {
                Element entry = (Element) literal.getParentNode();
                String column = "contextEntry".equals(entry.getLocalName()) && !elements(entry, "variable").isEmpty()
                        ? elements(entry, "variable").get(0).getAttribute("name") : "";
                cells.add(new Cell(decision.getAttribute("name"), 0, column, true, literal.getTextContent().trim()));
            }
        }
        return new DmnCells(cells, allowed);
    }

    private static void add(List<Cell> cells, String table, int row, List<String> columns, List<Element> entries, boolean output) {
        for (int c = 0; c < entries.size(); c++) {
            cells.add(new Cell(table, row, c < columns.size() ? columns.get(c) : "", output, entries.get(c).getTextContent().trim()));
        }
    }

    /** The upper-case string literals of a FEEL or DRL text, such as {@code "DOMESTIC_ABUSE_HIGH"}. */
    static List<String> literals(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = LITERAL.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static List<Element> elements(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS("*", localName);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
