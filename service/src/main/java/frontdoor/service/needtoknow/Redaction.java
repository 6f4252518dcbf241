package frontdoor.service.needtoknow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import frontdoor.rules.Agency;
import frontdoor.rules.Json;
import frontdoor.rules.Recommendation;
import frontdoor.rules.StrictJson;
import frontdoor.rules.WhatWouldChange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What one reader is shown of a referral: everything when nothing is withheld from them, otherwise the
 * outputs as they are with every code, indicator label and history fact only a restricted source gave
 * replaced by "restricted information from POLICE" (in reasons and their evidence, rule ids, change texts
 * and what would change it). Made by {@link NeedToKnow}, the one step every view goes through.
 */
public final class Redaction {
    static final Redaction NONE = new Redaction(Withheld.NOTHING, Map.of());

    private final Withheld withheld;
    private final List<Replacement> replacements = new ArrayList<>();

    private record Replacement(Pattern pattern, String by) {
    }

    /** @param labels the indicator catalogue's meaning of each code, to withhold a hidden code's label too */
    Redaction(Withheld withheld, Map<String, String> labels) {
        this.withheld = withheld;
        for (Withheld.Concern c : withheld.concerns()) {
            // "DOMESTIC_ABUSE_HIGH (POLICE, check result)" and "DOMESTIC_ABUSE_HIGH (POLICE)" in change texts and labels
            replacements.add(new Replacement(Pattern.compile("\\b" + Pattern.quote(c.code()) + " \\(" + c.agency() + "(, [^)]*)?\\)"),
                    placeholder(List.of(c.agency()))));
        }
        withheld.codes().forEach((code, agencies) -> {
            replacements.add(new Replacement(Pattern.compile("\\bINDICATOR:" + Pattern.quote(code) + "\\b"), rule(agencies)));
            replacements.add(new Replacement(Pattern.compile("\\b" + Pattern.quote(code) + "\\b"), placeholder(agencies)));
            String label = labels.get(code);
            if (label != null && !label.isBlank()) {
                replacements.add(new Replacement(Pattern.compile(Pattern.quote(label), Pattern.CASE_INSENSITIVE), placeholder(agencies)));
            }
        });
    }

    /** "restricted information from POLICE" */
    public static String placeholder(Collection<Agency> agencies) {
        return "restricted information from " + agencies.stream().map(Agency::name).sorted().collect(Collectors.joining(" and "));
    }

    /** Whether a code as shown is the placeholder of withheld information. */
    public static boolean isPlaceholder(String code) {
        return code.startsWith("restricted information from ");
    }

    private static String rule(Collection<Agency> agencies) {
        return "RESTRICTED:" + agencies.stream().map(Agency::name).sorted().collect(Collectors.joining("+"));
    }

    public boolean withholds() {
        return !withheld.isEmpty();
    }

    /** A sentence with every withheld code, label and concern replaced. */
    public String text(String text) {
        if (text == null || !withholds()) {
            return text;
        }
        String out = text;
        for (Replacement r : replacements) {
            out = r.pattern().matcher(out).replaceAll(Matcher.quoteReplacement(r.by()));
        }
        return out;
    }

    public Recommendation recommendation(Recommendation r) {
        if (!withholds()) {
            return r;
        }
        Set<Recommendation.Reason> reasons = new LinkedHashSet<>();
        for (Recommendation.Reason reason : r.reasons()) {
            List<Recommendation.Evidence> evidence = reason.evidence().stream().map(this::evidence).distinct().toList();
            String code = reason.rule().startsWith("INDICATOR:") ? reason.rule().substring("INDICATOR:".length()) : null;
            Set<Agency> hidden = code == null ? null : withheld.codes().get(code);
            if (hidden == null && !evidence.isEmpty() && evidence.stream().allMatch(e -> isPlaceholder(e.code()))) {
                // a rule (an escalation, say) that only restricted information made fire: its sentence would say what kind
                hidden = evidence.stream().map(Recommendation.Evidence::agency).collect(Collectors.toCollection(TreeSet::new));
                reasons.add(new Recommendation.Reason(reason.output(), text(reason.rule()), placeholder(hidden), evidence));
                continue;
            }
            reasons.add(hidden != null
                    ? new Recommendation.Reason(reason.output(), rule(hidden), placeholder(hidden), evidence)
                    : new Recommendation.Reason(reason.output(), text(reason.rule()), text(reason.text()), evidence));
        }
        return new Recommendation(r.referralId(), r.thresholdLevel(), r.thresholdName(), r.rag(), r.screeningDueBy(), r.pathway(),
                r.actions(), r.informationGaps(), List.copyOf(reasons), r.policyVersion());
    }

    /** A recommendation as stored (JSON); unchanged text when nothing is withheld. */
    public String recommendation(String json) {
        return withholds() ? json(recommendation(StrictJson.DOCUMENT.value(json, Recommendation.class))) : json;
    }

    /** A revision's changes as stored ({@code [{output, from, to, text}]}): each text redacted. */
    public String changes(String json) {
        if (!withholds()) {
            return json;
        }
        JsonNode changes = StrictJson.DOCUMENT.tree(json);
        for (JsonNode change : changes) {
            if (change instanceof ObjectNode o && o.hasNonNull("text")) {
                o.put("text", text(o.get("text").asText()));
            }
        }
        return json(changes);
    }

    /** A fact of what would change it: a withheld concern or history fact is named only as restricted information. */
    public WhatWouldChange.Entry entry(WhatWouldChange.Entry e) {
        if (!withholds()) {
            return e;
        }
        WhatWouldChange.Fact f = e.fact();
        Set<Agency> hidden = f.isConcern()
                ? withheld.concerns().contains(new Withheld.Concern(f.code(), f.agency())) ? Set.of(f.agency()) : null
                : withheld.history().get(f.history());
        String prefix = "without " + f.label() + ": ";
        String rest = e.text().startsWith(prefix) ? e.text().substring(prefix.length()) : e.text();
        if (hidden == null) {
            return new WhatWouldChange.Entry(e.without(), f, e.changes(), e.rules().stream().map(this::text).toList(), prefix + text(rest));
        }
        String said = placeholder(hidden);
        WhatWouldChange.Fact fact = f.isConcern() ? new WhatWouldChange.Fact(said, f.agency(), null, null)
                : new WhatWouldChange.Fact(null, null, said, "true");
        return new WhatWouldChange.Entry(said, fact, e.changes(), e.rules().stream().map(this::text).toList(),
                "without " + said + ": " + text(rest));
    }

    private Recommendation.Evidence evidence(Recommendation.Evidence e) {
        return withheld.concerns().contains(new Withheld.Concern(e.code(), e.agency()))
                ? new Recommendation.Evidence(placeholder(List.of(e.agency())), e.agency()) : e;
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
