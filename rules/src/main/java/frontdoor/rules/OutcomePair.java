package frontdoor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One referral's recommendations by two policy versions on the same input: {@code before} by the version
 * in force, {@code after} by a draft. Says which outputs differ, whether the threshold level or the RAG
 * rating falls (the change that can leave a child unprotected) or rises, and which rules and rows stand
 * behind an output on one side only.
 */
public record OutcomePair(String referralId, Recommendation before, Recommendation after) {
    /** The outputs an impact counts, in the order they are told. */
    public static final List<String> COUNTED = List.of("thresholdLevel", "rag", "pathway", "actions");

    /** Evaluates one referral on both versions. */
    public static OutcomePair of(Recommender inForce, Recommender draft, Referral referral) {
        return new OutcomePair(referral.referralId(), inForce.recommend(referral), draft.recommend(referral));
    }

    /** The counted outputs whose values differ. */
    public List<String> changed() {
        List<String> changed = new ArrayList<>();
        if (before.thresholdLevel() != after.thresholdLevel()) {
            changed.add("thresholdLevel");
        }
        if (before.rag() != after.rag()) {
            changed.add("rag");
        }
        if (!Objects.equals(before.pathway(), after.pathway())) {
            changed.add("pathway");
        }
        if (!Set.copyOf(before.actions()).equals(Set.copyOf(after.actions()))) {
            changed.add("actions");
        }
        return changed;
    }

    /** The level or the RAG rating falls (RED above AMBER above GREEN). */
    public boolean lower() {
        return after.thresholdLevel() < before.thresholdLevel() || after.rag().ordinal() > before.rag().ordinal();
    }

    /** The level or the RAG rating rises; a referral whose level rises while its RAG falls is both. */
    public boolean higher() {
        return after.thresholdLevel() > before.thresholdLevel() || after.rag().ordinal() < before.rag().ordinal();
    }

    /** An output's value as the breakdown shows it: the level, the RAG, the pathway, the actions sorted. */
    static String value(String output, Recommendation r) {
        return switch (output) {
            case "thresholdLevel" -> String.valueOf(r.thresholdLevel());
            case "rag" -> r.rag().name();
            case "pathway" -> r.pathway();
            default -> String.join(", ", new TreeSet<>(r.actions()));
        };
    }

    /**
     * The rules and rows behind {@code output} on each side: those that only one side's reasons name, or,
     * when both name the same ones (a row whose result changed), all of them.
     */
    List<List<String>> behind(String output) {
        Set<String> mine = rules(output, before);
        Set<String> theirs = rules(output, after);
        if (mine.equals(theirs)) {
            return List.of(List.copyOf(mine), List.copyOf(theirs));
        }
        Set<String> onlyBefore = new TreeSet<>(mine);
        onlyBefore.removeAll(theirs);
        Set<String> onlyAfter = new TreeSet<>(theirs);
        onlyAfter.removeAll(mine);
        return List.of(List.copyOf(onlyBefore), List.copyOf(onlyAfter));
    }

    private static Set<String> rules(String output, Recommendation r) {
        Set<String> rules = new TreeSet<>();
        r.reasons().stream().filter(x -> x.output().equals(output)).forEach(x -> rules.add(x.rule()));
        return rules;
    }
}
