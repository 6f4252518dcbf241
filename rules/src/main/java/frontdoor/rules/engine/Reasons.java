package frontdoor.rules.engine;

import frontdoor.rules.Agency;
import frontdoor.rules.IndicatorCatalogue;
import frontdoor.rules.Recommendation.Evidence;
import frontdoor.rules.Recommendation.Reason;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns what the engines reported into reasons: each selected decision-table row (its rule id and
 * sentence from the model, its evidence from the row's {@code evidence} output) and each rule that fired
 * (its name, {@code @reason} and bound {@code $evidence}), with every agency that raised each code.
 */
final class Reasons {
    /** Which recommendation field each decision table explains; tables not named here explain none. */
    private static final Map<String, String> OUTPUTS = Map.of("Base level", "thresholdLevel", "RAG rating", "rag",
            "Pathway", "pathway", "Actions", "actions", "Information gaps", "informationGaps");
    private static final List<String> ORDER = List.of("thresholdLevel", "rag", "pathway", "actions", "informationGaps");
    /** The base-level row that stands for the catalogue: one reason per indicator, {@code INDICATOR:<code>}. */
    private static final String INDICATOR = "INDICATOR";

    private final TableRows rows;
    private final CatchAll catchAll;
    private final IndicatorCatalogue catalogue;
    private final Map<String, CodedConcern> concerns;

    Reasons(TableRows rows, CatchAll catchAll, IndicatorCatalogue catalogue, Map<String, CodedConcern> concerns) {
        this.rows = rows;
        this.catchAll = catchAll;
        this.catalogue = catalogue;
        this.concerns = concerns;
    }

    /**
     * @param values the names each table's model read and decided, by the table's decision name (for a
     *               catch-all row, which tells why the rows above it did not match)
     */
    List<Reason> of(DecisionTrace trace, Map<String, Object> results, Function<String, Map<String, Object>> values) {
        List<Reason> reasons = new ArrayList<>();
        for (DecisionTrace.TableMatch table : trace.tables) {
            String output = OUTPUTS.get(table.decision());
            if (output == null) {
                continue;
            }
            List<Integer> reasonRows = rows.reasonRows(table);
            for (int k = 0; k < reasonRows.size(); k++) {
                TableRows.Row row = rows.row(table.decision(), reasonRows.get(k));
                if (row.rule().equals(INDICATOR) && !concerns.isEmpty()) {
                    concerns.values().forEach(c -> reasons.add(indicator(output, row, c)));
                } else {
                    String why = catchAll.explain(table.decision(), reasonRows.get(k), () -> values.apply(table.decision()));
                    reasons.add(new Reason(output, row.rule(), why == null ? row.text() : row.text() + " " + why,
                            evidence(codes(results.get(table.decision()), k))));
                }
            }
        }
        for (DecisionTrace.RuleFiring rule : trace.rules) {
            reasons.add(new Reason("thresholdLevel", rule.rule(), rule.text(),
                    evidence(rule.evidence().stream().map(CodedConcern::getCode).toList())));
        }
        // Stable: within an output, the base level's rows, then the escalations in the order they fired.
        reasons.sort(Comparator.comparingInt(r -> ORDER.indexOf(r.output())));
        return reasons;
    }

    private Reason indicator(String output, TableRows.Row row, CodedConcern c) {
        IndicatorCatalogue.Indicator i = catalogue.get(c.getCode());
        return new Reason(output, INDICATOR + ":" + c.getCode(),
                i.meaning() + " (" + i.domain().toLowerCase() + ", level " + i.level() + (i.immediate() ? ", immediate" : "")
                        + "). " + row.text(), evidence(List.of(c.getCode())));
    }

    /** The codes a row names in its {@code evidence} output; the k-th selected row of a collect table. */
    private static Collection<?> codes(Object result, int k) {
        Object row = result instanceof List<?> list ? list.get(k) : result;
        if (row instanceof Map<?, ?> map && map.get("evidence") instanceof Collection<?> codes) {
            return codes;
        }
        return List.of();
    }

    private List<Evidence> evidence(Collection<?> codes) {
        List<Evidence> evidence = new ArrayList<>();
        for (Object code : codes) {
            CodedConcern c = concerns.get(String.valueOf(code));
            if (c != null) {
                c.getAgencies().stream().sorted().forEach((Agency a) -> evidence.add(new Evidence(c.getCode(), a)));
            }
        }
        return evidence;
    }
}
