package frontdoor.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What would change a recommendation: for each concern (code and agency) and each history fact that is not
 * at its default, the referral is evaluated again without it, by the same compiled version, and where any
 * output (threshold level, RAG, pathway, actions, information gaps) differs the fact is listed with the
 * outputs it changes and the rules that would then apply to them. Facts that change nothing are not listed.
 * Pure: no Spring, no store; computed when asked.
 */
public final class WhatWouldChange {
    /** The outputs compared, in the order they are told. */
    public static final List<String> OUTPUTS = List.of("thresholdLevel", "rag", "pathway", "actions", "informationGaps");
    private static final Map<String, String> LABELS = Map.of("thresholdLevel", "threshold level", "rag", "RAG",
            "pathway", "pathway", "actions", "actions", "informationGaps", "information gaps");
    private static final Map<String, Function<Recommendation, Object>> VALUES = Map.of(
            "thresholdLevel", Recommendation::thresholdLevel,
            "rag", r -> r.rag().name(),
            "pathway", Recommendation::pathway,
            "actions", r -> List.copyOf(new TreeSet<>(r.actions())),
            "informationGaps", r -> List.copyOf(new TreeSet<>(r.informationGaps())));

    private final Recommender recommender;

    public WhatWouldChange(Recommender recommender) {
        this.recommender = Objects.requireNonNull(recommender);
    }

    /**
     * A fact left out: a concern ({@code code} and {@code agency}, every concern with that pair) or a history
     * field ({@code history}, with the value it had; it is set back to its default). Never a note.
     */
    public record Fact(String code, Agency agency, String history, String value) {
        public static Fact concern(String code, Agency agency) {
            return new Fact(code, agency, null, null);
        }

        public static Fact history(String field, Object value) {
            return new Fact(null, null, field, String.valueOf(value));
        }

        public boolean isConcern() {
            return code != null;
        }

        /** "DOMESTIC_ABUSE_HIGH (POLICE)", "openCase", "contactsLast12Months 3". */
        public String label() {
            if (isConcern()) {
                return code + " (" + agency + ")";
            }
            return "true".equals(value) ? history : history + " " + value;
        }
    }

    /** One output that would be different: its value now and without the fact (sets as sorted lists). */
    public record Change(String output, Object from, Object to) {
    }

    /**
     * A fact that makes a difference: the outputs it changes, the rule ids that would then apply to those
     * outputs, and the same in words.
     */
    public record Entry(String without, Fact fact, List<Change> changes, List<String> rules, String text) {
    }

    /** The entries for a referral the reader accepted, concerns first (in the referral's order), then history. */
    public List<Entry> of(Referral referral) {
        Recommendation now = recommender.recommend(referral);
        List<Entry> entries = new ArrayList<>();
        for (Fact fact : facts(referral)) {
            Recommendation then = recommender.recommend(without(referral, fact));
            List<Change> changes = changes(now, then);
            if (!changes.isEmpty()) {
                entries.add(entry(fact, now, then, changes));
            }
        }
        return List.copyOf(entries);
    }

    /** Every fact that can be left out: each distinct concern, and each history field not at its default. */
    public static List<Fact> facts(Referral referral) {
        Set<Fact> facts = new LinkedHashSet<>();
        referral.concerns().forEach(c -> facts.add(Fact.concern(c.code(), c.agency())));
        Referral.History h = referral.history();
        if (h.openCase()) {
            facts.add(Fact.history("openCase", true));
        }
        if (h.allocatedTeam() != null) {
            facts.add(Fact.history("allocatedTeam", h.allocatedTeam()));
        }
        if (h.contactsLast12Months() != 0) {
            facts.add(Fact.history("contactsLast12Months", h.contactsLast12Months()));
        }
        if (h.previousChildProtectionPlan()) {
            facts.add(Fact.history("previousChildProtectionPlan", true));
        }
        if (h.earlyHelpOpen()) {
            facts.add(Fact.history("earlyHelpOpen", true));
        }
        return List.copyOf(facts);
    }

    /** The referral without a fact: the concern's every occurrence removed, or the history field at its default. */
    public static Referral without(Referral referral, Fact fact) {
        if (fact.isConcern()) {
            List<Referral.Concern> left = referral.concerns().stream()
                    .filter(c -> !(c.code().equals(fact.code()) && c.agency() == fact.agency())).toList();
            return new Referral(referral.referralId(), referral.receivedAt(), referral.source(), referral.child(),
                    referral.consent(), left, referral.history());
        }
        Referral.History h = referral.history();
        Referral.History changed = switch (fact.history()) {
            case "openCase" -> new Referral.History(false, h.allocatedTeam(), h.contactsLast12Months(), h.previousChildProtectionPlan(), h.earlyHelpOpen());
            case "allocatedTeam" -> new Referral.History(h.openCase(), null, h.contactsLast12Months(), h.previousChildProtectionPlan(), h.earlyHelpOpen());
            case "contactsLast12Months" -> new Referral.History(h.openCase(), h.allocatedTeam(), 0, h.previousChildProtectionPlan(), h.earlyHelpOpen());
            case "previousChildProtectionPlan" -> new Referral.History(h.openCase(), h.allocatedTeam(), h.contactsLast12Months(), false, h.earlyHelpOpen());
            case "earlyHelpOpen" -> new Referral.History(h.openCase(), h.allocatedTeam(), h.contactsLast12Months(), h.previousChildProtectionPlan(), false);
            default -> throw new IllegalArgumentException("no history field " + fact.history());
        };
        return new Referral(referral.referralId(), referral.receivedAt(), referral.source(), referral.child(),
                referral.consent(), referral.concerns(), changed);
    }

    /** The outputs that differ between two recommendations, in {@link #OUTPUTS} order. */
    public static List<Change> changes(Recommendation from, Recommendation to) {
        List<Change> changes = new ArrayList<>();
        for (String output : OUTPUTS) {
            Object a = VALUES.get(output).apply(from);
            Object b = VALUES.get(output).apply(to);
            if (!a.equals(b)) {
                changes.add(new Change(output, a, b));
            }
        }
        return List.copyOf(changes);
    }

    private static Entry entry(Fact fact, Recommendation now, Recommendation then, List<Change> changes) {
        Set<String> changed = changes.stream().map(Change::output).collect(Collectors.toSet());
        List<String> rules = then.reasons().stream().filter(r -> changed.contains(r.output()))
                .map(Recommendation.Reason::rule).distinct().toList();
        String text = "without " + fact.label() + ": " + changes.stream()
                .map(c -> LABELS.get(c.output()) + " " + shown(c.to()) + rulesOf(then, c.output())
                        + " instead of " + shown(c.from()) + rulesOf(now, c.output()))
                .collect(Collectors.joining("; "));
        return new Entry(fact.label(), fact, changes, rules, text);
    }

    private static String rulesOf(Recommendation r, String output) {
        List<String> rules = r.reasons().stream().filter(reason -> reason.output().equals(output))
                .map(Recommendation.Reason::rule).distinct().toList();
        return rules.isEmpty() ? "" : " (" + String.join(", ", rules) + ")";
    }

    private static String shown(Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "none" : list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
