package frontdoor.service.gathering;

import io.swagger.v3.oas.annotations.media.Schema;
import frontdoor.rules.IndicatorCatalogue;
import frontdoor.rules.Recommendation;
import frontdoor.service.referral.OwnRecords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What changed from one revision to the next, each output with a sentence built from the reasons, so a
 * worker reads why without comparing two recommendations: "RAG AMBER → RED: R2 now matches; level 4 from
 * DOMESTIC_ABUSE_HIGH (POLICE, check result)". Only codes, agencies and rule ids: never a note.
 */
final class Changes {
    private Changes() {
    }

    /** One changed output, from and to as text. */
    @Schema(name = "RevisionChange")
    record Change(String output, String from, String to, String text) {
    }

    private record Output(String name, String label, Function<Recommendation, Object> value) {
    }

    private static final List<Output> OUTPUTS = List.of(
            new Output("rag", "RAG", Recommendation::rag),
            new Output("thresholdLevel", "level", Recommendation::thresholdLevel),
            new Output("pathway", "pathway", Recommendation::pathway),
            new Output("actions", "actions", r -> new TreeSet<>(r.actions())),
            new Output("informationGaps", "information gaps", r -> new TreeSet<>(r.informationGaps())));

    static List<Change> between(Recommendation before, Recommendation after, Instant dueBefore, Instant dueAfter,
                                Map<String, String> origin, IndicatorCatalogue catalogue) {
        List<Change> changes = new ArrayList<>();
        List<String> evidence = newEvidence(before, after, origin, catalogue);
        for (Output o : OUTPUTS) {
            Object from = o.value().apply(before);
            Object to = o.value().apply(after);
            if (Objects.equals(from, to)) {
                continue;
            }
            List<String> why = new ArrayList<>(rules(before, after, o.name()));
            if (o.name().equals("rag") || o.name().equals("thresholdLevel")) {
                why.addAll(evidence);
            }
            changes.add(new Change(o.name(), String.valueOf(from), String.valueOf(to),
                    o.label() + " " + from + " → " + to + (why.isEmpty() ? "" : ": " + String.join("; ", why))));
        }
        if (!dueBefore.equals(dueAfter)) {
            changes.add(new Change("screeningDueBy", dueBefore.toString(), dueAfter.toString(), "due by " + dueBefore + " → " + dueAfter
                    + ": " + after.rag() + " is due within its timescale from when the information that raised it was recorded"));
        }
        return changes;
    }

    /** The rows and rules of an output that now match or no longer do (the indicators are told as evidence). */
    private static List<String> rules(Recommendation before, Recommendation after, String output) {
        Set<String> was = ruleIds(before, output);
        Set<String> is = ruleIds(after, output);
        List<String> why = new ArrayList<>();
        List<String> added = is.stream().filter(r -> !was.contains(r)).toList();
        List<String> gone = was.stream().filter(r -> !is.contains(r)).toList();
        if (!added.isEmpty()) {
            why.add(String.join(", ", added) + (added.size() == 1 ? " now matches" : " now match"));
        }
        if (!gone.isEmpty()) {
            why.add(String.join(", ", gone) + (gone.size() == 1 ? " no longer matches" : " no longer match"));
        }
        return why;
    }

    private static Set<String> ruleIds(Recommendation r, String output) {
        Set<String> ids = new LinkedHashSet<>();
        r.reasons().stream().filter(x -> x.output().equals(output) && !x.rule().startsWith("INDICATOR:") && !x.rule().equals(OwnRecords.RULE))
                .forEach(x -> ids.add(x.rule()));
        return ids;
    }

    /** Codes (with agency) behind the level that were not behind it before, and the service's own records when they grew. */
    private static List<String> newEvidence(Recommendation before, Recommendation after, Map<String, String> origin, IndicatorCatalogue catalogue) {
        Set<String> was = new LinkedHashSet<>();
        before.reasons().forEach(x -> x.evidence().forEach(e -> was.add(WhatIsEvaluated.key(e.code(), e.agency()))));
        Set<String> told = new LinkedHashSet<>();
        List<String> why = new ArrayList<>();
        for (Recommendation.Reason reason : after.reasons()) {
            for (Recommendation.Evidence e : reason.evidence()) {
                String key = WhatIsEvaluated.key(e.code(), e.agency());
                if (!was.contains(key) && told.add(key)) {
                    IndicatorCatalogue.Indicator i = catalogue.contains(e.code()) ? catalogue.get(e.code()) : null;
                    why.add((i == null ? "" : "level " + i.level() + " from ") + e.code() + " (" + e.agency() + ", "
                            + origin.getOrDefault(key, "referral") + ")");
                }
            }
        }
        String recordsBefore = records(before);
        String recordsAfter = records(after);
        if (recordsAfter != null && !recordsAfter.equals(recordsBefore)) {
            why.add(recordsAfter);
        }
        return why;
    }

    private static String records(Recommendation r) {
        return r.reasons().stream().filter(x -> x.rule().equals(OwnRecords.RULE)).map(Recommendation.Reason::text).findFirst().orElse(null);
    }
}
