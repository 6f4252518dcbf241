package frontdoor.service.policy;

import frontdoor.planner.Planner;
import frontdoor.planner.TaskRecipes;
import frontdoor.planner.Weights;
import frontdoor.rules.CompileCache;
import frontdoor.rules.DecisionMonitoring;
import frontdoor.rules.PolicyBundle;
import frontdoor.rules.RagRating;
import frontdoor.rules.Recommender;
import frontdoor.rules.Replay;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a referral or a plan uses of one policy version, compiled: the models and rules (with the
 * catalogue, timescales and zone) and the planner's recipes and weights. Immutable and replaced whole on
 * publish, so whoever took it finishes on the version it started with and nothing mixes two versions.
 */
public record PolicyInForce(String versionId, Recommender recommender, TaskRecipes recipes, Planner planner,
                            Map<String, String> files) {

    /**
     * Compiles a version's files; a {@link frontdoor.rules.PolicyException} or an
     * {@link frontdoor.rules.InvalidInputException} names what is wrong.
     */
    public static PolicyInForce compile(Map<String, String> files) {
        return compile(files, CompileCache.NONE);
    }

    /** The same, loading what {@code cache} kept of an earlier compile of the same files and keeping this one's there. */
    public static PolicyInForce compile(Map<String, String> files, CompileCache cache) {
        java.util.List<String> missing = PolicyFiles.REQUIRED.stream().filter(n -> !files.containsKey(n)).map(n -> "the version has no " + n).toList();
        if (!missing.isEmpty()) {
            throw new frontdoor.rules.PolicyException(missing);
        }
        Map<String, String> bundleFiles = new LinkedHashMap<>();
        PolicyFiles.REQUIRED.stream().filter(files::containsKey).forEach(n -> bundleFiles.put(n, files.get(n)));
        Recommender recommender = Recommender.compile(new PolicyBundle(bundleFiles), cache);
        TaskRecipes recipes = TaskRecipes.read(files.get(PolicyFiles.RECIPES));
        Planner planner = new Planner(Weights.read(files.get(PolicyFiles.WEIGHTS)));
        return new PolicyInForce(recommender.policyVersion(), recommender, recipes, planner, Map.copyOf(files));
    }

    /** This version evaluating through {@code monitoring} (the version in force: {@link PolicyHolder}); not compiled again. */
    public PolicyInForce monitored(DecisionMonitoring monitoring) {
        return new PolicyInForce(versionId, recommender.monitored(monitoring), recipes, planner, files);
    }

    /** A replay of stored inputs on {@code inForce} and {@code draft}, the workload counted by each one's recipes. */
    public static Replay replay(PolicyInForce inForce, PolicyInForce draft) {
        return new Replay(inForce.recommender(), draft.recommender(), checks(inForce), checks(draft));
    }

    private static java.util.function.Function<String, java.util.List<String>> checks(PolicyInForce policy) {
        return pathway -> policy.recipes().checks(pathway).stream().map(Enum::name).toList();
    }

    public ZoneId zone() {
        return recommender.descriptor().zone();
    }

    public Duration timescale(RagRating rag) {
        return recommender.descriptor().timescales().get(rag);
    }
}
