package frontdoor.service.policy;

import frontdoor.planner.TaskRecipes;
import frontdoor.rules.IndicatorCatalogue;
import frontdoor.rules.PolicyBundle;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names a policy's files share: every catalogue code a table or rule names is in the catalogue, and
 * every pathway a table can give has a task recipe. Values a model's types allow (RAG ratings, pathways,
 * actions, age groups) are not codes.
 */
final class CatalogueChecks {
    private CatalogueChecks() {
    }

    static void check(Map<String, String> files, IndicatorCatalogue catalogue, TaskRecipes recipes, List<CheckReport.Finding> errors) {
        for (String file : List.of(PolicyBundle.THRESHOLD_MODEL, PolicyBundle.SCREENING_MODEL)) {
            DmnCells cells;
            try {
                cells = DmnCells.read(files.get(file));
            } catch (Exception e) {
                errors.add(new CheckReport.Finding("catalogue", file, "", "cannot be read as XML"));
                continue;
            }
            for (DmnCells.Cell cell : cells.cells()) {
                for (String literal : DmnCells.literals(cell.text())) {
                    if (!known(literal, catalogue.indicators().keySet()) && !cells.allowedValues().contains(literal)) {
                        errors.add(new CheckReport.Finding("catalogue", file, cell.where() + ", " + (cell.output() ? "output " : "input ")
                                + cell.column(), "names \"" + literal + "\", which is no code of the catalogue (indicators.json) nor a value of the model's types"));
                    }
                }
                if (cell.output() && cell.table().equals("Pathway") && cell.column().equals("pathway")) {
                    for (String pathway : DmnCells.literals(cell.text())) {
                        if (!recipes.pathways().contains(pathway)) {
                            errors.add(new CheckReport.Finding("recipes", file, cell.where(), "gives pathway " + pathway
                                    + ", which has no task recipe in recipes.json"));
                        }
                    }
                }
            }
        }
        String[] lines = files.get(PolicyBundle.ESCALATIONS).split("\n", -1);
        Set<String> codes = catalogue.indicators().keySet();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().startsWith("//")) {
                continue;
            }
            java.util.regex.Matcher m = CODE.matcher(lines[i]);
            while (m.find()) {
                String literal = m.group(1) != null ? m.group(1) : m.group(2);
                if (!known(literal, codes)) {
                    errors.add(new CheckReport.Finding("catalogue", PolicyBundle.ESCALATIONS, "line " + (i + 1),
                            "names \"" + literal + "\", which is no code of the catalogue (indicators.json)"));
                }
            }
        }
    }

    /** A code, or a prefix of codes ({@code "INJURY_"}, as in {@code starts with(?, "INJURY_")}). */
    private static boolean known(String literal, Set<String> codes) {
        return literal.endsWith("_") ? codes.stream().anyMatch(c -> c.startsWith(literal)) : codes.contains(literal);
    }

    /** A code in a rule: {@code code == "X"}, {@code code.startsWith("X")} (a prefix), {@code code in ("X", ...)}. */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(
            "code(?:\\s*[=!]=\\s*|\\.startsWith\\(|\\.equals\\()\"([A-Z][A-Z0-9_]*)\"|code\\s+(?:not\\s+)?in\\s*\\(\\s*\"([A-Z][A-Z0-9_]*)\"");
}
