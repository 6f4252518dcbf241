package frontdoor.service.referral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.Json;
import frontdoor.rules.Problem;
import frontdoor.rules.Recommendation;
import frontdoor.rules.Recommender;
import frontdoor.rules.Referral;
import frontdoor.service.audit.AuditAction;
import frontdoor.service.audit.AuditLog;
import frontdoor.service.web.ApiException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Referrals in: checked by the decision core's reader, evaluated on the policy in force, and stored with
 * the recommendation and its audit entry in one transaction before anyone is told.
 */
@Service
public class ReferralService {
    private static final JsonMapper STRICT = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private final Recommender recommender;
    private final ReferralRepository referrals;
    private final DecisionRepository decisions;
    private final ReferralQueue queue;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final RecommendationMetrics metrics;

    ReferralService(Recommender recommender, ReferralRepository referrals, DecisionRepository decisions, ReferralQueue queue,
                    AuditLog audit, TransactionTemplate tx, RecommendationMetrics metrics) {
        this.recommender = recommender;
        this.referrals = referrals;
        this.decisions = decisions;
        this.queue = queue;
        this.audit = audit;
        this.tx = tx;
        this.metrics = metrics;
    }

    /** Stores a new referral, or answers the stored one when the same referral comes again; 409 if it differs. */
    public Submission submit(String body, String actor) {
        JsonNode tree = parse(body);
        Referral referral = recommender.reader().read(tree);
        String hash = CanonicalJson.sha256(tree);
        Optional<ReferralRecord> existing = referrals.findByReferralId(referral.referralId());
        if (existing.isPresent()) {
            return repeat(existing.get(), hash);
        }
        Recommendation recommendation = metrics.timed(() -> recommender.recommend(referral));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ReferralRecord record = new ReferralRecord(null, referral.referralId(), body, hash, ReferralStatus.AWAITING_DECISION,
                recommendation.rag(), recommendation.thresholdLevel(), recommendation.pathway(), referral.receivedAt(),
                recommendation.screeningDueBy(), recommendation.policyVersion(), now, actor,
                new ReferralRecord.StoredRecommendation(json(recommendation), recommendation.policyVersion()));
        try {
            ReferralRecord saved = tx.execute(s -> {
                ReferralRecord r = referrals.save(record);
                audit.record(actor, AuditAction.RECOMMENDED, r.referralId(), summary(recommendation));
                return r;
            });
            metrics.stored(recommendation);
            return Submission.of(saved, true);
        } catch (DataAccessException e) {
            // Two first sends of one referral raced: the other one is stored, answer as for a repeat.
            return repeat(referrals.findByReferralId(referral.referralId()).orElseThrow(() -> e), hash);
        }
    }

    /** The referral with its recommendation and decisions; the view is audited. */
    public ReferralView view(String referralId, String actor) {
        return tx.execute(s -> {
            ReferralRecord r = find(referralId);
            audit.record(actor, AuditAction.VIEWED, referralId, "{}");
            return ReferralView.of(r, decisions.findByReferralOrderByVersion(r.id()));
        });
    }

    public ReferralRecord find(String referralId) {
        return referrals.findByReferralId(referralId)
                .orElseThrow(() -> ApiException.notFound("no referral " + referralId));
    }

    public ReferralQueue.Page queue(ReferralStatus status, frontdoor.rules.RagRating rag, int page, int size) {
        return queue.page(status, rag, page, size);
    }

    private Submission repeat(ReferralRecord stored, String hash) {
        if (!stored.bodySha256().equals(hash)) {
            throw ApiException.conflict("referral " + stored.referralId() + " was received before with a different body");
        }
        return Submission.of(stored, false);
    }

    private JsonNode parse(String body) {
        try {
            return STRICT.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            recommender.reader().read(body); // names the problem the way every other refusal does
            throw new InvalidInputException(List.of(new Problem("$", "malformed JSON")));
        }
    }

    static String summary(Recommendation r) {
        return "{\"thresholdLevel\":" + r.thresholdLevel() + ",\"rag\":\"" + r.rag() + "\",\"pathway\":\"" + r.pathway()
                + "\",\"policyVersion\":\"" + r.policyVersion() + "\"}";
    }

    private static String json(Recommendation r) {
        try {
            return Json.MAPPER.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
