package frontdoor.service.policy;

import frontdoor.planner.Weights;
import frontdoor.planner.domain.AllocationWeights;
import frontdoor.planner.domain.TaskKind;
import frontdoor.rules.EscalationRule;
import frontdoor.rules.IndicatorCatalogue;
import frontdoor.rules.PolicyTable;
import frontdoor.rules.RagRating;
import frontdoor.service.web.TimeInWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One compiled policy version as the policy page lists it, read from the compiled objects (never from the
 * files' text), so the page shows exactly what referrals and plans are evaluated with: the decision tables,
 * the escalation rules in the order they apply, the catalogue by domain, the RAG timescales, the task recipes
 * and the plan's weights.
 */
record PolicyContents(String versionId, List<PolicyTable> tables, List<EscalationRule> escalations,
                      Map<String, List<IndicatorCatalogue.Indicator>> catalogue, List<Timescale> timescales,
                      List<Recipe> recipes, List<TaskMinutes> minutes, List<Weight> weights, List<RagWeight> ragWeights) {

    /** A RAG rating's timescale: screening is due this long after the referral is received. */
    record Timescale(RagRating rag, String within) {
    }

    /** A pathway's recipe: its checks and the minutes of all its tasks (checks, decision, sign-off). */
    record Recipe(String pathway, List<TaskKind> checks, int minutes, int redMinutes) {
    }

    /** How long a task of one kind takes; a RED referral's may differ. */
    record TaskMinutes(TaskKind kind, int minutes, int redMinutes) {
    }

    /** A constraint of the allocation plan: hard, medium or soft, and its weight. */
    record Weight(String constraint, String level, long weight) {
    }

    /** What a referral of a RAG rating weighs in the plan's medium and soft constraints. */
    record RagWeight(RagRating rag, long weight) {
    }

    static PolicyContents of(PolicyInForce policy) {
        var recommender = policy.recommender();
        var recipes = policy.recipes();
        List<Timescale> timescales = Arrays.stream(RagRating.values())
                .map(rag -> new Timescale(rag, TimeInWords.hours(policy.timescale(rag)))).toList();
        List<Recipe> pathways = new ArrayList<>();
        for (String pathway : recipes.pathways()) {
            List<TaskKind> all = new ArrayList<>(recipes.checks(pathway));
            all.add(TaskKind.SCREENING_DECISION);
            all.add(TaskKind.MANAGER_SIGN_OFF);
            pathways.add(new Recipe(pathway, recipes.checks(pathway), all.stream().mapToInt(k -> recipes.minutes(k, RagRating.AMBER)).sum(),
                    all.stream().mapToInt(k -> recipes.minutes(k, RagRating.RED)).sum()));
        }
        List<TaskMinutes> minutes = Arrays.stream(TaskKind.values())
                .map(k -> new TaskMinutes(k, recipes.minutes(k, RagRating.AMBER), recipes.minutes(k, RagRating.RED))).toList();
        AllocationWeights weights = policy.planner().weights();
        List<Weight> constraints = Weights.byName(weights).entrySet().stream()
                .map(e -> new Weight(e.getKey(), Weights.level(e.getValue()), Weights.amount(e.getValue()))).toList();
        List<RagWeight> rag = Arrays.stream(RagRating.values()).map(r -> new RagWeight(r, weights.ragWeight(r))).toList();
        return new PolicyContents(policy.versionId(), recommender.tables(), recommender.escalations(),
                recommender.catalogue().byDomain(), timescales, pathways, minutes, constraints, rag);
    }
}
