package frontdoor.service.gathering;

import frontdoor.rules.JsonChecks;
import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.Recommendation;
import frontdoor.rules.StrictJson;
import frontdoor.rules.WhatWouldChange;
import frontdoor.service.policy.PolicyHolder;
import frontdoor.service.referral.OwnRecords;
import frontdoor.service.referral.ReferralPageSection;
import frontdoor.service.referral.ReferralView;
import frontdoor.service.web.TimeInWords;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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

    /** A change as the API words it, with a due time in words rather than as an instant. */
    private static String text(JsonNode change, ZoneId zone) {
        String text = change.path("text").asText();
        if (!change.path("output").asText().equals("screeningDueBy") || !text.contains(": ")) {
            return text;
        }
        return "due by " + TimeInWords.at(Instant.parse(change.path("from").asText()), zone) + " → "
                + TimeInWords.at(Instant.parse(change.path("to").asText()), zone) + text.substring(text.indexOf(": "));
    }

    @Override
    public void fill(Model model, ReferralView view, String actor) {
        String id = view.referralId();
        ZoneId zone = policy.current().zone();
        model.addAttribute("checks", gathering.checks(id).stream().map(c -> new CheckLine(c.checkId(), c.agency().name(), !c.done(),
                TimeInWords.at(c.dueBy(), zone), c.doneBy(), c.doneAt() == null ? null : TimeInWords.at(c.doneAt(), zone))).toList());
        List<RevisionLine> revisions = new ArrayList<>();
        for (Revisions.Revision r : gathering.revisions(id, actor)) {
            List<String> changes = new ArrayList<>();
            StrictJson.DOCUMENT.tree(r.changes()).forEach(c -> changes.add(text(c, zone)));
            revisions.add(0, new RevisionLine(r.revision(), TimeInWords.at(r.at(), zone), r.by(), r.cause(),
                    StrictJson.DOCUMENT.value(r.recommendation(), Recommendation.class), changes));
        }
        model.addAttribute("revisions", revisions);
        model.addAttribute("wouldChange", gathering.whatWouldChange(id, actor).stream().map(WhatWouldChange.Entry::text).toList());
        JsonNode referral = StrictJson.DOCUMENT.tree(view.referral());
        model.addAttribute("earlier", records.earlier(referral.path("child").path("childId").asText(), id,
                JsonChecks.instant(referral.path("receivedAt").asText())));
        model.addAttribute("family", view.family());
    }
}
