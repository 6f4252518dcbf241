package frontdoor.service.gathering;

import com.fasterxml.jackson.core.JsonProcessingException;
import frontdoor.rules.Json;
import frontdoor.rules.RagRating;
import frontdoor.rules.Recommendation;
import frontdoor.rules.Referral;
import frontdoor.rules.ReferralReader;
import frontdoor.rules.StrictJson;
import frontdoor.service.policy.PolicyInForce;
import frontdoor.service.referral.OwnRecords;
import frontdoor.service.referral.ReferralRecord;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Evaluates a referral again, on the policy in force, with everything gathered that counts and the
 * service's own records, and makes the next revision: its recommendation, its due time and what changed.
 * After a rise in RAG the due time is the earlier of the old one and the new RAG's timescale counted from
 * when the information that raised it was recorded (a GREEN that becomes RED on day 2 is due 4 hours
 * later, not 26 hours ago); a fall never extends it.
 */
@Component
class Reevaluation {
    private final Gathered gathered;
    private final Revisions revisions;
    private final OwnRecords ownRecords;

    Reevaluation(Gathered gathered, Revisions revisions, OwnRecords ownRecords) {
        this.gathered = gathered;
        this.revisions = revisions;
        this.ownRecords = ownRecords;
    }

    /** The next revision, not yet stored, with the input it evaluated and the RAG it came from. */
    record Next(Revisions.Revision revision, String input, Recommendation recommendation, RagRating before) {
    }

    Next of(ReferralRecord r, PolicyInForce policy, String cause, String actor, Instant recordedAt) {
        ReferralReader reader = new ReferralReader(code -> true, policy.zone()); // codes as they were accepted, whatever the catalogue now
        Referral referral = reader.read(r.body());
        List<String> earlier = ownRecords.earlier(referral.child().childId(), referral.referralId(), referral.receivedAt());
        WhatIsEvaluated input = WhatIsEvaluated.of(referral, gathered.counting(r.id()), reader, earlier.size());
        Recommendation after = OwnRecords.explained(policy.recommender().recommend(input.referral()), earlier);
        Revisions.Revision last = revisions.latest(r.id());
        Recommendation before = StrictJson.DOCUMENT.value(last.recommendation(), Recommendation.class);
        Instant due = last.screeningDueBy();
        if (rank(after.rag()) > rank(before.rag())) {
            Instant fromNow = recordedAt.plus(policy.timescale(after.rag()));
            due = fromNow.isBefore(due) ? fromNow : due;
        }
        List<Changes.Change> changes = Changes.between(before, after, last.screeningDueBy(), due, input.origin(),
                policy.recommender().catalogue());
        Revisions.Revision next = new Revisions.Revision(last.revision() + 1, recordedAt, actor, cause, json(after), json(changes),
                after.policyVersion(), due);
        return new Next(next, json(input.referral()), after, before.rag());
    }

    /** RED above AMBER above GREEN. */
    static int rank(RagRating rag) {
        return switch (rag) {
            case RED -> 3;
            case AMBER -> 2;
            case GREEN -> 1;
        };
    }

    static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
