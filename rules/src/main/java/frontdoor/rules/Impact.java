package frontdoor.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a draft would do to a set of referrals, each evaluated on the version in force and on the draft
 * ({@link OutcomePair}), tallied as a practice lead reads it: how many referrals, how many of each output
 * changed, how many fall and rise (every fall listed by referral id), the changes broken down by the rules
 * and rows behind them with example ids, and the workload implied (RED referrals, strategy discussions, and
 * the checks the task recipes give each pathway). Thread-safe: pairs may be added from several threads.
 */
public final class Impact {
    public static final int EXAMPLES = 5;
    private static final String STRATEGY_DISCUSSION = "STRATEGY_DISCUSSION";
    private final Function<String, List<String>> checksBefore;
    private final Function<String, List<String>> checksAfter;
    private int referrals;
    private int lower;
    private int higher;
    private final Map<String, Integer> changed = new LinkedHashMap<>();
    private final List<Fall> falls = new ArrayList<>();
    private final Map<String, RuleChange> byRule = new LinkedHashMap<>();
    private final int[] red = new int[2];
    private final int[] strategy = new int[2];
    private final Map<String, int[]> checks = new TreeMap<>();
    private final List<NotEvaluated> notEvaluated = new ArrayList<>();

    /**
     * @param checksBefore the checks the version in force's recipes give a pathway
     * @param checksAfter  the checks the draft's recipes give a pathway
     */
    public Impact(Function<String, List<String>> checksBefore, Function<String, List<String>> checksAfter) {
        this.checksBefore = checksBefore;
        this.checksAfter = checksAfter;
        OutcomePair.COUNTED.forEach(o -> changed.put(o, 0));
    }

    /** The tally as the API answers it. */
    public record Report(int referrals, Map<String, Integer> changed, int lower, int higher, List<Fall> falls,
                         List<RuleChange> byRule, Workload workload, List<NotEvaluated> notEvaluated) {
    }

    /** A referral whose level or RAG falls, with both sides. */
    public record Fall(String referralId, int thresholdLevelBefore, int thresholdLevelAfter, RagRating ragBefore,
                       RagRating ragAfter, String pathwayBefore, String pathwayAfter) {
    }

    /**
     * An output changed from one value to another, with these rules and rows behind it before and after
     * ({@link OutcomePair#behind}), in so many referrals; the first few of them as examples to open.
     */
    public record RuleChange(String output, String from, String to, List<String> before, List<String> after, int referrals,
                             List<String> examples) {
    }

    /** A count on the version in force and on the draft. */
    public record Count(int before, int after) {
        public int change() {
            return after - before;
        }
    }

    /** The work the referrals would ask for: RED referrals, strategy discussions, checks in all and by kind. */
    public record Workload(Count red, Count strategyDiscussions, Count checks, Map<String, Count> checksByKind) {
    }

    /** A referral that could not be evaluated on one side (a code the draft's catalogue no longer has). */
    public record NotEvaluated(String referralId, String problem) {
    }

    public synchronized void add(OutcomePair pair) {
        referrals++;
        List<String> outputs = pair.changed();
        outputs.forEach(o -> changed.merge(o, 1, Integer::sum));
        if (pair.lower()) {
            lower++;
            Recommendation b = pair.before();
            Recommendation a = pair.after();
            falls.add(new Fall(pair.referralId(), b.thresholdLevel(), a.thresholdLevel(), b.rag(), a.rag(), b.pathway(), a.pathway()));
        }
        if (pair.higher()) {
            higher++;
        }
        for (String output : outputs) {
            String from = OutcomePair.value(output, pair.before());
            String to = OutcomePair.value(output, pair.after());
            List<List<String>> behind = pair.behind(output);
            String key = String.join("|", output, from, to, behind.toString());
            RuleChange was = byRule.get(key);
            List<String> examples = new ArrayList<>(was == null ? List.of() : was.examples());
            if (examples.size() < EXAMPLES) {
                examples.add(pair.referralId());
            }
            byRule.put(key, new RuleChange(output, from, to, behind.get(0), behind.get(1), was == null ? 1 : was.referrals() + 1,
                    List.copyOf(examples)));
        }
        count(red, pair, r -> r.rag() == RagRating.RED);
        count(strategy, pair, r -> STRATEGY_DISCUSSION.equals(r.pathway()));
        checksBefore.apply(pair.before().pathway()).forEach(k -> checks.computeIfAbsent(k, x -> new int[2])[0]++);
        checksAfter.apply(pair.after().pathway()).forEach(k -> checks.computeIfAbsent(k, x -> new int[2])[1]++);
    }

    /** A referral left out: counted in {@code notEvaluated}, not in {@code referrals}. */
    public synchronized void notEvaluated(String referralId, String problem) {
        notEvaluated.add(new NotEvaluated(referralId, problem));
    }

    public synchronized Report report() {
        Map<String, Count> byKind = new LinkedHashMap<>();
        checks.forEach((k, n) -> byKind.put(k, new Count(n[0], n[1])));
        int before = checks.values().stream().mapToInt(n -> n[0]).sum();
        int after = checks.values().stream().mapToInt(n -> n[1]).sum();
        List<RuleChange> rules = byRule.values().stream()
                .sorted(Comparator.comparingInt(RuleChange::referrals).reversed()
                        .thenComparing(c -> OutcomePair.COUNTED.indexOf(c.output()))).toList();
        return new Report(referrals, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changed)), lower, higher, List.copyOf(falls), rules,
                new Workload(new Count(red[0], red[1]), new Count(strategy[0], strategy[1]), new Count(before, after),
                        java.util.Collections.unmodifiableMap(byKind)),
                List.copyOf(notEvaluated));
    }

    private static void count(int[] counts, OutcomePair pair, java.util.function.Predicate<Recommendation> test) {
        counts[0] += test.test(pair.before()) ? 1 : 0;
        counts[1] += test.test(pair.after()) ? 1 : 0;
    }
}
