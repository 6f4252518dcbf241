package frontdoor.service.policy;

import frontdoor.rules.Impact;
import java.util.List;

/**
 * An impact report's numbers as the plots on the impact and shadow pages draw them (the same shape the
 * dashboard's plots read: a name, a chart kind, categories and series); the same numbers are in the
 * pages' tables.
 */
record ImpactFigures(String name, String title, String summary, String chart, List<String> categories, List<Series> series) {

    record Series(String name, List<Integer> values) {
    }

    static List<ImpactFigures> of(Impact.Report r) {
        var changed = r.changed();
        ImpactFigures outputs = new ImpactFigures("changes", "What changes, as a plot", r.referrals() + " referrals replayed", "bars",
                List.of("Threshold level", "RAG rating", "Pathway", "Actions", "Level or RAG falls", "Level or RAG rises"),
                List.of(new Series("Referrals", List.of(changed.get("thresholdLevel"), changed.get("rag"), changed.get("pathway"),
                        changed.get("actions"), r.lower(), r.higher()))));
        Impact.Workload w = r.workload();
        ImpactFigures workload = new ImpactFigures("workload", "Workload, as a plot", "The version in force and the draft", "bars",
                List.of("RED referrals", "Strategy discussions", "Checks by the recipes"),
                List.of(new Series("Version in force", List.of(w.red().before(), w.strategyDiscussions().before(), w.checks().before())),
                        new Series("Draft", List.of(w.red().after(), w.strategyDiscussions().after(), w.checks().after()))));
        return List.of(outputs, workload);
    }
}
