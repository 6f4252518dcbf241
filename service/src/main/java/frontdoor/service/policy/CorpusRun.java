package frontdoor.service.policy;

import frontdoor.rules.Recommender;
import frontdoor.rules.StrictJson;
import frontdoor.rules.cases.CaseReport;
import frontdoor.rules.cases.CaseRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The scenario corpus run on a policy: the shipped cases, each replaced by the draft's case of the same id, plus the draft's new ones. */
record CorpusRun(List<CheckReport.Finding> failures, List<CheckReport.Finding> warnings, List<CheckReport.ChangedExpectation> changed,
                 int run) {

    static CorpusRun of(Recommender recommender, Map<String, String> shipped, Map<String, String> files) {
        Map<String, String> cases = new TreeMap<>(shipped);
        Map<String, String> fileOf = new TreeMap<>();
        List<CheckReport.ChangedExpectation> changed = new ArrayList<>();
        List<CheckReport.Finding> warnings = new ArrayList<>();
        files.forEach((name, text) -> {
            if (PolicyFiles.isCase(name)) {
                String id = ScenarioCorpus.idOf(name, text);
                if (shipped.containsKey(id) && !shipped.get(id).equals(text)) {
                    changed.add(new CheckReport.ChangedExpectation(id, expect(shipped.get(id)), expect(text)));
                }
                cases.put(id, text);
                fileOf.put(id, name);
                if (expectsNothing(text)) {
                    warnings.add(new CheckReport.Finding("cases", name, "expect", id + " expects nothing, so it proves nothing: say what it must give"));
                }
            }
        });
        CaseRunner runner = new CaseRunner(recommender);
        List<CheckReport.Finding> failures = new ArrayList<>();
        cases.forEach((id, text) -> {
            for (CaseReport.Failure f : runner.run(id, text)) {
                failures.add(new CheckReport.Finding("cases", fileOf.getOrDefault(id, "shipped case " + id), f.field(),
                        f.caseId() + " " + f.field() + ": expected " + f.expected() + ", got " + f.got()));
            }
        });
        return new CorpusRun(failures, warnings, changed, cases.size());
    }

    /** A draft's case whose {@code expect} is empty (or missing): it passes whatever the policy gives. */
    private static boolean expectsNothing(String text) {
        try {
            return StrictJson.DOCUMENT.tree(text).path("expect").isEmpty();
        } catch (RuntimeException e) {
            return false; // unreadable: the case run names it
        }
    }

    private static String expect(String text) {
        try {
            return StrictJson.DOCUMENT.tree(text).path("expect").toString();
        } catch (RuntimeException e) {
            return "unreadable";
        }
    }
}
