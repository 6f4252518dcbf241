package frontdoor.service.referral;

import io.swagger.v3.oas.annotations.media.Schema;
import frontdoor.rules.Recommendation;
import frontdoor.rules.Referral;
import com.fasterxml.jackson.annotation.JsonRawValue;
import frontdoor.rules.RagRating;
import java.time.Instant;
import java.util.List;

/**
 * A referral as screening sees it: the referral as received, the recommendation as it was made, and the
 * decision and any amendments. {@code rag}, {@code thresholdLevel}, {@code pathway} and
 * {@code screeningDueBy} are the ones in effect (the latest revision's, or the decision's once there is one);
 * {@code recommendation} is the latest revision's. The three kept apart: {@code recommended} (on arrival),
 * {@code current} (the latest revision) and {@code decided} (the decision or latest amendment, null before);
 * {@code highestRag}: the highest RAG it ever had, which timeliness is measured against. {@code family}: other
 * children of the family referred in the year before; {@code needsReview}: a revision after the decision differs
 * from it; {@code signOff}: the manager's, null until there is one.
 */
public record ReferralView(String referralId, ReferralStatus status, int thresholdLevel, RagRating rag,
                           String pathway, Instant screeningDueBy, @JsonRawValue @Schema(implementation = Referral.class) String referral,
                           @JsonRawValue @Schema(implementation = Recommendation.class) String recommendation, Decision decision, List<Decision> amendments,
                           List<OwnRecords.FamilyMember> family, boolean needsReview, Outputs recommended,
                           Outputs current, Outputs decided, RagRating highestRag, SignOff signOff) {

    /** A decision or an amendment as the API shows it. */
    public record Decision(int version, int thresholdLevel, RagRating rag, String pathway,
                           List<String> actions, String rationale, String amendmentReason,
                           String decidedBy, Instant decidedAt) {
        public static Decision of(DecisionRecord d) {
            return new Decision(d.version(), d.thresholdLevel(), d.rag(), d.pathway(), d.actionList(), d.rationale(),
                    d.amendmentReason(), d.decidedBy(), d.decidedAt());
        }
    }

    /** Level, RAG, pathway and due time: recommended, current or decided. */
    public record Outputs(int thresholdLevel, RagRating rag, String pathway, Instant screeningDueBy) {
    }

    /** A manager's sign-off of the decision (or the amendment in force then, {@code decisionVersion}). */
    public record SignOff(int decisionVersion, String comment, String signedBy, Instant signedAt) {
    }

    static ReferralView of(ReferralRecord r, List<DecisionRecord> decisions, String latestRecommendation,
                           List<OwnRecords.FamilyMember> family, boolean needsReview, ScreeningOutcomes.Kept kept) {
        List<Decision> views = decisions.stream().map(Decision::of).toList();
        return new ReferralView(r.referralId(), r.status(), r.thresholdLevel(), r.rag(), r.pathway(), r.dueBy(), r.body(),
                latestRecommendation, views.isEmpty() ? null : views.get(0),
                views.size() < 2 ? List.of() : views.subList(1, views.size()), family, needsReview, kept.recommended(),
                kept.current(), kept.decided(), kept.highestRag(), kept.signOff());
    }
}
