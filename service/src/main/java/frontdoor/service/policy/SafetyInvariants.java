package frontdoor.service.policy;

import frontdoor.rules.RagRating;
import frontdoor.rules.Recommendation;
import frontdoor.rules.Recommender;
import frontdoor.rules.Referral;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules no draft may change (docs/policy.md), checked by evaluating generated referrals on the draft:
 * an immediate concern gives RED (and IMMEDIATE_PROTECTION for a child in the area at level 4); level 4 is
 * never GREEN; no escalation lowers a level below its highest indicator; every referral gets one RAG and one
 * pathway; RED's timescale is no longer than AMBER's, nor AMBER's than GREEN's. Each broken invariant
 * names its first example referral and how many broke it.
 */
final class SafetyInvariants {
    private SafetyInvariants() {
    }

    /** Returns the number of referrals evaluated. */
    static int check(Recommender recommender, List<CheckReport.Finding> errors) {
        var t = recommender.descriptor().timescales();
        if (t.get(RagRating.RED).compareTo(t.get(RagRating.AMBER)) > 0 || t.get(RagRating.AMBER).compareTo(t.get(RagRating.GREEN)) > 0) {
            errors.add(new CheckReport.Finding("safety", "timescales.json", "", "RED's timescale must be no longer than AMBER's, "
                    + "nor AMBER's than GREEN's: " + t.get(RagRating.RED) + ", " + t.get(RagRating.AMBER) + ", " + t.get(RagRating.GREEN)));
        }
        Map<String, Broken> broken = new LinkedHashMap<>();
        List<Referral> referrals = GeneratedReferrals.of(recommender.catalogue());
        for (Referral r : referrals) {
            Recommendation rec;
            try {
                rec = recommender.recommend(r);
            } catch (RuntimeException e) {
                note(broken, "every referral gets exactly one RAG rating and one pathway (the policy failed to evaluate: "
                        + e.getClass().getSimpleName() + ")", r);
                continue;
            }
            boolean immediate = r.concerns().stream().anyMatch(c -> recommender.catalogue().get(c.code()).immediate());
            int highest = r.concerns().stream().mapToInt(c -> recommender.catalogue().get(c.code()).level()).max().orElse(1);
            boolean adult = "REFER_ADULT_SERVICES".equals(rec.pathway());
            if (rec.rag() == null || rec.pathway() == null || rec.pathway().isBlank()) {
                note(broken, "every referral gets exactly one RAG rating and one pathway", r);
            }
            if (immediate && rec.rag() != RagRating.RED) {
                note(broken, "a concern marked immediate always gives RED (got " + rec.rag() + ")", r);
            }
            if (immediate && r.child().inArea() && rec.thresholdLevel() == 4 && !adult && !"IMMEDIATE_PROTECTION".equals(rec.pathway())) {
                note(broken, "a concern marked immediate for a child in the area at level 4 gives IMMEDIATE_PROTECTION (got "
                        + rec.pathway() + ")", r);
            }
            if (rec.thresholdLevel() == 4 && rec.rag() == RagRating.GREEN) {
                note(broken, "level 4 is never GREEN", r);
            }
            if (!adult && rec.thresholdLevel() < highest) {
                note(broken, "no escalation lowers a level (level " + rec.thresholdLevel() + " below the highest indicator's " + highest + ")", r);
            }
        }
        broken.forEach((invariant, b) -> errors.add(new CheckReport.Finding("safety", "", "example referral: "
                + GeneratedReferrals.describe(b.example), "breaks \"" + b.invariant + "\"" + (b.count > 1 ? " (and " + (b.count - 1)
                + " more generated referral(s))" : ""))));
        return referrals.size();
    }

    private static final class Broken {
        final Referral example;
        final String invariant;
        int count;

        Broken(Referral example, String invariant) {
            this.example = example;
            this.invariant = invariant;
        }
    }

    private static void note(Map<String, Broken> broken, String invariant, Referral r) {
        broken.computeIfAbsent(invariant.replaceAll(" \\((got|level) .*\\)$", ""), k -> new Broken(r, invariant)).count++;
    }
}
