package frontdoor.service.referral;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.RagRating;
import frontdoor.rules.StrictJson;
import frontdoor.service.referral.ReferralView.Outputs;
import frontdoor.service.referral.ReferralView.SignOff;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The recommended, current and decided outputs of a referral, each from where it is kept: the recommendation
 * made on arrival, the latest revision, the latest decision (or amendment) with its own due time; the highest
 * RAG it ever had among them all; and the manager's sign-off.
 */
@Component
class ScreeningOutcomes {
    private final JdbcClient jdbc;

    ScreeningOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Kept(Outputs recommended, Outputs current, Outputs decided, RagRating highestRag, SignOff signOff) {
    }

    Kept of(ReferralRecord r, List<DecisionRecord> decisions) {
        Outputs recommended = outputs(r.recommendation().body(), null);
        List<Outputs> revisions = new ArrayList<>(jdbc.sql("SELECT " + ReferralRecord.StoredRecommendation.OF_REVISION + ", v.due_by FROM revision v WHERE v.referral = ? ORDER BY v.revision")
                .param(r.id()).query((rs, n) -> outputs(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant())).list());
        Outputs current = revisions.isEmpty() ? recommended : revisions.get(revisions.size() - 1);
        DecisionRecord last = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
        Outputs decided = last == null ? null : new Outputs(last.thresholdLevel(), last.rag(), last.pathway(),
                last.dueBy() == null ? r.dueBy() : last.dueBy());
        RagRating highest = recommended.rag();
        for (Outputs o : revisions) {
            highest = higher(highest, o.rag());
        }
        for (DecisionRecord d : decisions) {
            highest = higher(highest, d.rag());
        }
        SignOff signOff = jdbc.sql("SELECT decision_version, comment, signed_by, signed_at FROM decision_sign_off WHERE referral = ?")
                .param(r.id()).query((rs, n) -> new SignOff(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant())).optional().orElse(null);
        return new Kept(recommended, current, decided, highest, signOff);
    }

    /** RED is the highest, then AMBER, then GREEN. */
    static RagRating higher(RagRating a, RagRating b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Outputs outputs(String recommendation, Instant dueBy) {
        JsonNode r = StrictJson.DOCUMENT.tree(recommendation);
        return new Outputs(r.path("thresholdLevel").asInt(), RagRating.valueOf(r.path("rag").asText()), r.path("pathway").asText(),
                dueBy != null ? dueBy : Instant.parse(r.path("screeningDueBy").asText()));
    }
}
