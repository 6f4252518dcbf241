package frontdoor.service.gathering;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.JsonChecks;
import frontdoor.rules.Recommendation;
import frontdoor.rules.StrictJson;
import frontdoor.rules.WhatWouldChange;
import frontdoor.service.policy.PolicyHolder;
import frontdoor.service.referral.OwnRecords;
import frontdoor.service.referral.ReferralPageSection;
import frontdoor.service.referral.ReferralView;
import frontdoor.service.web.TimeInWords;
import frontdoor.service.web.Words;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The gathering on the referral page ({@code referrals/gathering.html}): the checks and who did them, the
 * revisions newest first with what changed and why, what would change the latest one, and what the service
 * already knows (the family, this child's earlier referrals). Everything comes from {@link Gathering}, the
 * methods the API answers with, for the signed-in user.
 */
@Component
class GatheringSection implements ReferralPageSection {
    /** A set of actions or gaps as the API words it: "[]", "[MARAC_REFERRAL, SEEK_CONSENT]". */
    private static final Pattern SET = Pattern.compile("\\[([A-Z0-9_, ]*)\\]");
    private final Gathering gathering;
    private final OwnRecords records;
    private final PolicyHolder policy;

    GatheringSection(Gathering gathering, OwnRecords records, PolicyHolder policy) {
        this.gathering = gathering;
        this.records = records;
        this.policy = policy;
    }

    /** A check as the page lists it, times in words. */
    record CheckLine(String checkId, String agency, boolean open, String due, String doneBy, String doneAt) {
    }

    /** A revision as the page lists it: when, by whom, why, the outputs it gave and each change in words. */
    record RevisionLine(int revision, String at, String by, String cause, Recommendation recommendation, List<String> changes) {
    }

    /** A change as the API words it, with a due time in words rather than as an instant, and "none" for no actions or gaps. */
    static String text(JsonNode change, ZoneId zone) {
        String text = change.path("text").asText();
        if (!change.path("output").asText().equals("screeningDueBy") || !text.contains(": ")) {
            return SET.matcher(text).replaceAll(m -> m.group(1).isEmpty() ? "none" : Matcher.quoteReplacement(m.group(1)));
        }
        return "due by " + TimeInWords.at(Instant.parse(change.path("from").asText()), zone) + " → "
                + TimeInWords.at(Instant.parse(change.path("to").asText()), zone) + text.substring(text.indexOf(": "));
    }

    /**
     * What would change it as the page says it: the fact left out as the referral form names it, the codes in
     * words ("without the 3 contacts in the last 12 months: level 2 (T2) instead of 3 (E1)").
     */
    static String wouldChange(WhatWouldChange.Entry e, UnaryOperator<String> inWords) {
        String prefix = "without " + e.without() + ": ";
        String rest = e.text().startsWith(prefix) ? e.text().substring(prefix.length()) : e.text();
        WhatWouldChange.Fact f = e.fact();
        String fact = f.isConcern() || f.history() == null ? inWords.apply(e.without()) : switch (f.history()) {
            case "openCase" -> "being open to children's social care";
            case "previousChildProtectionPlan" -> "having been on a child protection plan before";
            case "earlyHelpOpen" -> "being open to early help";
            case "allocatedTeam" -> "the allocated team (" + f.value() + ")";
            case "contactsLast12Months" -> "the " + f.value() + (f.value().equals("1") ? " contact" : " contacts") + " in the last 12 months";
            default -> inWords.apply(e.without()); // withheld: what stands for it
        };
        return "without " + fact + ": " + inWords.apply(rest);
    }

    /** A sentence's codes in words as the policy version that made it names them ({@link Words#referral}). */
    private UnaryOperator<String> inWords(String versionId, Map<String, UnaryOperator<String>> made) {
        return made.computeIfAbsent(versionId, v -> Words.referral(policy.version(v).recommender()));
    }

    @Override
    public void fill(Model model, ReferralView view, String actor) {
        String id = view.referralId();
        ZoneId zone = policy.current().zone();
        Map<String, UnaryOperator<String>> versions = new HashMap<>();
        model.addAttribute("checks", gathering.checks(id).stream().map(c -> new CheckLine(c.checkId(), c.agency().name(), !c.done(),
                TimeInWords.at(c.dueBy(), zone), c.doneBy(), c.doneAt() == null ? null : TimeInWords.at(c.doneAt(), zone))).toList());
        List<RevisionLine> revisions = new ArrayList<>();
        for (Revisions.Revision r : gathering.revisions(id, actor)) {
            Recommendation recommendation = StrictJson.DOCUMENT.value(r.recommendation(), Recommendation.class);
            UnaryOperator<String> inWords = inWords(recommendation.policyVersion(), versions);
            List<String> changes = new ArrayList<>();
            StrictJson.DOCUMENT.tree(r.changes()).forEach(c -> changes.add(inWords.apply(text(c, zone))));
            revisions.add(0, new RevisionLine(r.revision(), TimeInWords.at(r.at(), zone), r.by(), inWords.apply(r.cause()),
                    recommendation, changes));
        }
        model.addAttribute("revisions", revisions);
        // what would change it is worked out on the latest revision's version (Gathering.whatWouldChange)
        UnaryOperator<String> latest = revisions.isEmpty() ? UnaryOperator.identity()
                : inWords(revisions.get(0).recommendation().policyVersion(), versions);
        model.addAttribute("wouldChange", gathering.whatWouldChange(id, actor).stream().map(e -> wouldChange(e, latest)).toList());
        JsonNode referral = StrictJson.DOCUMENT.tree(view.referral());
        model.addAttribute("earlier", records.earlier(referral.path("child").path("childId").asText(), id,
                JsonChecks.instant(referral.path("receivedAt").asText())));
        model.addAttribute("family", view.family());
    }
}
