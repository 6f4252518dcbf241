package frontdoor.service.referral;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.IndicatorCatalogue;
import frontdoor.rules.PolicyTable;
import frontdoor.rules.Recommendation;
import frontdoor.rules.Recommender;
import frontdoor.rules.StrictJson;
import frontdoor.service.needtoknow.Redaction;
import frontdoor.service.policy.PolicyHolder;
import frontdoor.service.web.TimeInWords;
import frontdoor.service.web.Words;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the referral page shows, read through {@link ReferralService#view} (so opening it is audited like the
 * API's): the referral, the recommendation with each output's reasons and evidence by agency, the current
 * RAG and due time in words, each decision table behind it with the matched rows, and the decision and
 * amendments in order. Other features add their parts of the page as {@link ReferralPageSection}s.
 */
@Component
public class RecommendationPage {
    /** The outputs in the order the page shows them, with their headings. */
    static final Map<String, String> OUTPUTS = outputs();

    private final ReferralService service;
    private final PolicyHolder policy;
    private final Clock clock;
    private final ObjectProvider<ReferralPageSection> sections;

    RecommendationPage(ReferralService service, PolicyHolder policy, ObjectProvider<Clock> clock, ObjectProvider<ReferralPageSection> sections) {
        this.service = service;
        this.policy = policy;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.sections = sections;
    }

    /** A reason as the worker reads it: the sentence, the rule id to point at, the evidence in words. */
    public record ReasonLine(String text, String rule, List<String> evidence) {
    }

    /** The reasons behind one output of the recommendation. */
    public record OutputReasons(String output, String heading, List<ReasonLine> reasons) {
    }

    /**
     * A decision table that produced an output of this recommendation, with the rows that matched (by rule
     * id); the page draws it with the policy page's table fragment ({@code policy-table.html}). {@code restricted}:
     * the matched rows whose evidence the reader is not cleared to see, with what stands for it
     * ("restricted information from POLICE").
     */
    public record MatchedTable(PolicyTable table, Set<String> matched, Map<String, String> restricted) {
    }

    /** A decision or amendment with its time in words. */
    public record DecisionLine(ReferralView.Decision decision, String at) {
    }

    /** Fills the model for {@code referrals/show}; answers the view so the caller can tell whether it is decided. */
    public ReferralView fill(Model model, String referralId, String actor) {
        ReferralView view = service.view(referralId, actor);
        Recommendation r = StrictJson.DOCUMENT.value(view.recommendation(), Recommendation.class);
        Recommender recommender = policy.version(r.policyVersion()).recommender(); // the tables and words it was made with
        ZoneId zone = recommender.descriptor().zone();
        Instant now = clock.instant();
        model.addAttribute("view", view);
        model.addAttribute("referral", StrictJson.DOCUMENT.tree(view.referral()));
        model.addAttribute("recommendation", r);
        model.addAttribute("due", TimeInWords.at(view.screeningDueBy(), zone));
        model.addAttribute("left", TimeInWords.left(now, view.screeningDueBy()));
        model.addAttribute("overdue", view.status() == ReferralStatus.AWAITING_DECISION && TimeInWords.overdue(now, view.screeningDueBy()));
        model.addAttribute("recommendedDue", TimeInWords.at(r.screeningDueBy(), zone));
        model.addAttribute("reasons", reasons(r, recommender.catalogue(), Words.referral(recommender)));
        model.addAttribute("meanings", meanings(recommender.catalogue()));
        model.addAttribute("tables", matchedTables(r, recommender.tables()));
        List<DecisionLine> decisions = new ArrayList<>();
        if (view.decision() != null) {
            decisions.add(new DecisionLine(view.decision(), TimeInWords.at(view.decision().decidedAt(), zone)));
        }
        view.amendments().forEach(a -> decisions.add(new DecisionLine(a, TimeInWords.at(a.decidedAt(), zone))));
        model.addAttribute("decisions", decisions);
        sections.orderedStream().forEach(s -> s.fill(model, view, actor));
        return view;
    }

    /** Each output's reasons; the rows' and the catch-all's sentences with the codes in words ({@link Words#referral}). */
    static List<OutputReasons> reasons(Recommendation r, IndicatorCatalogue catalogue, UnaryOperator<String> inWords) {
        Map<String, List<ReasonLine>> by = new LinkedHashMap<>();
        OUTPUTS.keySet().forEach(o -> by.put(o, new ArrayList<>()));
        for (Recommendation.Reason reason : r.reasons()) {
            List<String> evidence = reason.evidence().stream()
                    .map(e -> Redaction.isPlaceholder(e.code()) ? capitalised(e.code()) : meaning(catalogue, e.code()) + " (" + Words.agency(e.agency().name()) + ")")
                    .toList();
            by.computeIfAbsent(reason.output(), o -> new ArrayList<>()).add(new ReasonLine(capitalised(inWords.apply(reason.text())), reason.rule(), evidence));
        }
        List<OutputReasons> all = new ArrayList<>();
        by.forEach((output, lines) -> all.add(new OutputReasons(output, OUTPUTS.getOrDefault(output, output), lines)));
        return all;
    }

    /** The tables with a row among the reasons, in model order. */
    static List<MatchedTable> matchedTables(Recommendation r, List<PolicyTable> tables) {
        Set<String> rules = r.reasons().stream().map(Recommendation.Reason::rule).collect(Collectors.toSet());
        List<MatchedTable> matched = new ArrayList<>();
        for (PolicyTable t : tables) {
            Set<String> rows = t.rows().stream().map(PolicyTable.Row::rule).filter(rules::contains)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (!rows.isEmpty()) {
                Map<String, String> restricted = new LinkedHashMap<>();
                r.reasons().stream().filter(reason -> rows.contains(reason.rule())).forEach(reason -> reason.evidence().stream()
                        .map(Recommendation.Evidence::code).filter(Redaction::isPlaceholder).forEach(p -> restricted.merge(reason.rule(), p,
                                (a, b) -> a.contains(b) ? a : a + ", " + b)));
                matched.add(new MatchedTable(t, rows, restricted));
            }
        }
        return matched;
    }

    static Map<String, String> meanings(IndicatorCatalogue catalogue) {
        Map<String, String> meanings = new LinkedHashMap<>();
        catalogue.indicators().forEach((code, i) -> meanings.put(code, capitalised(i.meaning())));
        return meanings;
    }

    private static String meaning(IndicatorCatalogue catalogue, String code) {
        IndicatorCatalogue.Indicator i = catalogue.get(code);
        return i == null ? code : capitalised(i.meaning());
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Map<String, String> outputs() {
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("thresholdLevel", "Why this threshold level");
        outputs.put("rag", "Why this RAG rating");
        outputs.put("pathway", "Why this pathway");
        outputs.put("actions", "Why these actions");
        outputs.put("informationGaps", "Why this information is missing");
        return outputs;
    }
}
