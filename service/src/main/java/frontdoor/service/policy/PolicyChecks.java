package frontdoor.service.policy;

import frontdoor.planner.Planner;
import frontdoor.planner.TaskRecipes;
import frontdoor.planner.Weights;
import frontdoor.planner.domain.AllocationWeights;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.PolicyBundle;
import frontdoor.rules.PolicyException;
import frontdoor.rules.Recommender;
import frontdoor.rules.TableAnalysis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Every check of a policy's files, all run and reported at once: the files; DMN schema, model and FEEL and
 * the DRL (by compiling, which also refuses a decision the Java reads that is missing); the decision-table
 * analysis; recipes and weights; catalogue codes and pathway recipes; the safety invariants; the scenario
 * corpus with the draft's own cases. What passes is compiled, ready to be put in force.
 */
@Component
class PolicyChecks {
    private static final Pattern TABLE_ROW = Pattern.compile("decision table '([^']+)', rule #(\\d+)");
    private static final Pattern LINE = Pattern.compile("^line (\\d+): ");
    private final ScenarioCorpus corpus;

    PolicyChecks(ScenarioCorpus corpus) {
        this.corpus = corpus;
    }

    /** The report, and the compiled policy when there is no error (else null). */
    record Checked(CheckReport report, PolicyInForce compiled) {
    }

    /**
     * One run at a time: a run is seconds of CPU (compiling, thousands of evaluations), and referrals share
     * the machine, so leads checking at once wait for each other rather than slow the front door.
     */
    synchronized Checked run(Map<String, String> files) {
        List<CheckReport.Finding> errors = new ArrayList<>();
        List<CheckReport.Finding> warnings = new ArrayList<>();
        PolicyFiles.REQUIRED.stream().filter(n -> !files.containsKey(n))
                .forEach(n -> errors.add(new CheckReport.Finding("files", n, "", "is missing")));
        Map<String, String> bundleFiles = new LinkedHashMap<>();
        PolicyFiles.REQUIRED.stream().filter(files::containsKey).forEach(n -> bundleFiles.put(n, files.get(n)));
        PolicyBundle bundle = attempt(() -> new PolicyBundle(bundleFiles), errors);
        Recommender recommender = bundle == null ? null : attempt(() -> Recommender.compile(bundle), errors);
        if (bundle != null) {
            for (TableAnalysis.Finding f : TableAnalysis.of(bundle)) {
                (f.error() ? errors : warnings).add(new CheckReport.Finding("decision tables", f.file(), f.where(), f.problem()));
            }
        }
        TaskRecipes recipes = json(files, PolicyFiles.RECIPES, TaskRecipes::read, errors);
        AllocationWeights weights = json(files, PolicyFiles.WEIGHTS, Weights::read, errors);
        int evaluated = 0;
        CorpusRun cases = new CorpusRun(List.of(), List.of(), List.of(), 0);
        if (recommender != null) {
            if (recipes != null) {
                CatalogueChecks.check(files, recommender.catalogue(), recipes, errors);
            }
            evaluated = SafetyInvariants.check(recommender, errors);
            cases = CorpusRun.of(recommender, corpus.cases(), files);
            errors.addAll(cases.failures());
            warnings.addAll(cases.warnings());
        }
        PolicyInForce compiled = errors.isEmpty() ? new PolicyInForce(recommender.policyVersion(), recommender, recipes,
                new Planner(weights), Map.copyOf(files)) : null;
        return new Checked(CheckReport.of(bundle == null ? null : bundle.version(), errors, warnings, cases.changed(), cases.run(),
                evaluated), compiled);
    }

    private static <T> T json(Map<String, String> files, String name, Function<String, T> read, List<CheckReport.Finding> errors) {
        if (!files.containsKey(name)) {
            return null;
        }
        try {
            return read.apply(files.get(name));
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.add(new CheckReport.Finding("files", name, p.path(), p.reason())));
            return null;
        }
    }

    private static <T> T attempt(java.util.function.Supplier<T> compile, List<CheckReport.Finding> errors) {
        try {
            return compile.get();
        } catch (PolicyException e) {
            e.problems().forEach(p -> errors.add(finding(p)));
            return null;
        } catch (RuntimeException e) {
            errors.add(new CheckReport.Finding("compile", "", "", "the policy cannot be compiled: " + e.getClass().getSimpleName()));
            return null;
        }
    }

    /** A compile problem ({@code "screening.dmn: ... decision table 'RAG rating', rule #1 ..."}) with its file and place. */
    static CheckReport.Finding finding(String problem) {
        String file = "";
        String text = problem;
        int colon = problem.indexOf(": ");
        if (colon > 0 && PolicyFiles.allowed(problem.substring(0, colon))) {
            file = problem.substring(0, colon);
            text = problem.substring(colon + 2);
        } else if (problem.startsWith("Threshold: ")) {
            file = PolicyBundle.THRESHOLD_MODEL;
        } else if (problem.startsWith("Screening: ")) {
            file = PolicyBundle.SCREENING_MODEL;
        }
        String where = "";
        Matcher row = TABLE_ROW.matcher(text);
        Matcher line = LINE.matcher(text);
        if (row.find()) {
            where = "table \"" + row.group(1) + "\", row " + row.group(2);
        } else if (line.find()) {
            where = "line " + line.group(1);
        }
        return new CheckReport.Finding("compile", file, where, text);
    }
}
