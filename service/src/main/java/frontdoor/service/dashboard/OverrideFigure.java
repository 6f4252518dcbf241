package frontdoor.service.dashboard;

import static frontdoor.service.dashboard.ReferralFigures.utc;

import frontdoor.rules.RagRating;
import frontdoor.rules.Recommendation;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where workers most often disagree with the policy: for each decision that differs from its recommendation,
 * the rules (table rows, escalations, indicators) that were the reasons for each output the worker changed.
 * The practice lead reads it as "which rows to look at again". Stored JSON is read through {@link Unreadable}.
 */
@Component
class OverrideFigure {
    /** The recommendation's outputs a decision chooses, with their names on the page. */
    static final Map<String, String> OUTPUTS = Map.of("thresholdLevel", "Threshold level", "rag", "RAG rating",
            "pathway", "Pathway", "actions", "Actions");
    private static final List<String> ORDER = List.of("thresholdLevel", "rag", "pathway", "actions");
    private final JdbcClient jdbc;

    OverrideFigure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The worker's decision (version 1), not a manager's later amendment, against the recommendation. */
    @Transactional(readOnly = true)
    Figure byRule(Period p) {
        Map<String, Map<String, Long>> byRule = new LinkedHashMap<>();
        long[] decided = {0, 0};
        Unreadable unreadable = new Unreadable();
        jdbc.sql("SELECT rec.body, d.threshold_level, d.rag, d.pathway, d.actions FROM referral r"
                        + " JOIN recommendation rec ON rec.referral = r.id JOIN decision d ON d.referral = r.id AND d.version = 1"
                        + " WHERE r.received_at >= ? AND r.received_at < ? ORDER BY r.id")
                .params(utc(p.start()), utc(p.end()))
                .query(rs -> {
                    int level = rs.getInt(2);
                    RagRating rag = RagRating.valueOf(rs.getString(3));
                    String pathway = rs.getString(4);
                    String actions = rs.getString(5);
                    unreadable.recommendation(rs.getString(1)).ifPresent(r -> {
                        Set<String> changed = changed(r, level, rag, pathway, actions);
                        decided[0]++;
                        decided[1] += changed.isEmpty() ? 0 : 1;
                        Set<String> counted = new HashSet<>();
                        r.reasons().stream().filter(reason -> changed.contains(reason.output()))
                                .filter(reason -> counted.add(reason.output() + " " + reason.rule()))
                                .forEach(reason -> byRule.computeIfAbsent(reason.rule(), k -> new LinkedHashMap<>())
                                        .merge(reason.output(), 1L, Long::sum));
                    });
                });
        List<String> rules = byRule.keySet().stream()
                .sorted(Comparator.comparingLong((String rule) -> -byRule.get(rule).values().stream().mapToLong(Long::longValue).sum())
                        .thenComparing(Comparator.naturalOrder())).toList();
        List<Figure.Series> series = ORDER.stream().map(output -> new Figure.Series(OUTPUTS.get(output),
                rules.stream().<Number>map(rule -> byRule.get(rule).getOrDefault(output, 0L)).toList())).toList();
        return new Figure("overrides", "Decisions that differ from the recommendation, by the rule behind it",
                "Differed from the recommendation: " + Counts.share(decided[1], decided[0]) + " of decisions.", "stacked",
                "Rule", rules, series,
                unreadable.note("For each decision that differs, every rule that was a reason for an output the worker changed is"
                        + " counted once, under that output. The worker's decision is compared, not a manager's later amendment."));
    }

    private static Set<String> changed(Recommendation r, int level, RagRating rag, String pathway, String actions) {
        Set<String> changed = new HashSet<>();
        if (level != r.thresholdLevel()) {
            changed.add("thresholdLevel");
        }
        if (rag != r.rag()) {
            changed.add("rag");
        }
        if (!pathway.equals(r.pathway())) {
            changed.add("pathway");
        }
        Set<String> decidedActions = actions.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(actions.split(",")));
        if (!decidedActions.equals(new TreeSet<>(r.actions()))) {
            changed.add("actions");
        }
        return changed;
    }
}
