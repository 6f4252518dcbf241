package frontdoor.service.referral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.Json;
import frontdoor.rules.Recommendation;
import frontdoor.rules.Recommender;
import frontdoor.rules.ReferralReader;
import frontdoor.service.policy.PolicyHolder;
import frontdoor.service.policy.PolicyInForce;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import frontdoor.rules.Referral;
import frontdoor.service.audit.AuditAction;
import frontdoor.service.audit.AuditLog;
import frontdoor.service.needtoknow.NeedToKnow;
import frontdoor.service.web.ApiException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Referrals in: checked by the decision core's reader, evaluated on the policy in force, and stored with
 * the recommendation and its audit entry in one transaction (with other referrals arriving at the same moment:
 * {@link GroupCommit}) before anyone is told.
 */
@Service
public class ReferralService {
    private final PolicyHolder policy;
    private final ReferralRepository referrals;
    private final ReferralWriter writer;
    private final GroupCommit groupCommit;
    private final DecisionRepository decisions;
    private final ReferralQueue queue;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final RecommendationMetrics metrics;
    private final OwnRecords ownRecords;
    private final NeedToKnow needToKnow;
    private final ScreeningOutcomes outcomes;

    ReferralService(PolicyHolder policy, ReferralRepository referrals, ReferralWriter writer, GroupCommit groupCommit,
                    DecisionRepository decisions, ReferralQueue queue,
                    AuditLog audit, TransactionTemplate tx, RecommendationMetrics metrics,
                    OwnRecords ownRecords, NeedToKnow needToKnow, ScreeningOutcomes outcomes) {
        this.ownRecords = ownRecords;
        this.needToKnow = needToKnow;
        this.outcomes = outcomes;
        this.policy = policy;
        this.referrals = referrals;
        this.writer = writer;
        this.groupCommit = groupCommit;
        this.decisions = decisions;
        this.queue = queue;
        this.audit = audit;
        this.tx = tx;
        this.metrics = metrics;
    }

    /**
     * Stores a new referral, or answers the stored one when the same referral comes again; 409 if it differs.
     * It is evaluated with the service's own records added ({@link OwnRecords}), and gets the checks of its
     * recommended pathway's recipe, due when it is.
     */
    public Submission submit(String body, String actor) {
        PolicyInForce inForce = policy.current(); // one version from reading to recommendation and checks
        Recommender recommender = inForce.recommender();
        JsonNode tree = recommender.reader().parse(body);
        Referral referral = recommender.reader().read(tree);
        String hash = CanonicalJson.sha256(tree);
        List<String> earlier = ownRecords.earlier(referral.child().childId(), referral.referralId(), referral.receivedAt());
        Referral evaluated = OwnRecords.withContacts(referral, earlier.size());
        Recommendation recommendation = OwnRecords.explained(metrics.timed(() -> recommender.recommend(evaluated)), earlier);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ReferralRecord record = new ReferralRecord(null, referral.referralId(), body, hash, ReferralStatus.AWAITING_DECISION,
                recommendation.rag(), recommendation.thresholdLevel(), recommendation.pathway(), referral.receivedAt(),
                recommendation.screeningDueBy(), recommendation.policyVersion(), now, actor,
                new ReferralRecord.StoredRecommendation(json(recommendation), recommendation.policyVersion()));
        try {
            // the same referral sent again is found by the insert itself (no look-up before): answered as stored
            if (!groupCommit.store(new ReferralWriter.Pending(record,
                    new AuditLog.Event(actor, AuditAction.RECOMMENDED, record.referralId(), summary(recommendation)),
                    referral.child().childId(), referral.child().familyId(), json(evaluated),
                    inForce.recipes().checks(recommendation.pathway())))) {
                return repeat(find(referral.referralId()), hash, referral, recommender.reader());
            }
            metrics.stored(recommendation);
            return Submission.of(record, true);
        } catch (DataAccessException e) {
            // Two first sends of one referral raced: the other one is stored, answer as for a repeat.
            return repeat(referrals.findByReferralId(referral.referralId()).orElseThrow(() -> e), hash, referral, recommender.reader());
        }
    }

    /** The referral with its recommendation (as the reader may see it: need-to-know) and decisions; the view is audited. */
    public ReferralView view(String referralId, String actor) {
        return tx.execute(s -> {
            ReferralRecord r = find(referralId);
            audit.record(actor, AuditAction.VIEWED, referralId, "{}");
            var about = writer.about(r.id());
            String recommendation = needToKnow.of(actor, "referral", referralId, r.id(), r.body()).recommendation(about.recommendation());
            List<DecisionRecord> decided = decisions.findByReferralOrderByVersion(r.id());
            return ReferralView.of(r, decided, recommendation,
                    ownRecords.family(about.familyId(), about.childId(), r.receivedAt()), about.needsReview(), outcomes.of(r, decided));
        });
    }

    /**
     * The latest revision's recommendation JSON: what a decision is measured against. Whole, restricted
     * information included: for comparing, never for showing (a view goes through {@link #view}, need-to-know).
     */
    public String recommendation(ReferralRecord r) {
        return writer.about(r.id()).recommendation();
    }

    public ReferralRecord find(String referralId) {
        return referrals.findByReferralId(referralId)
                .orElseThrow(() -> ApiException.notFound("no referral " + referralId));
    }

    public ReferralQueue.Page queue(ReferralStatus status, frontdoor.rules.RagRating rag, int page, int size) {
        return queue.page(status, rag, page, size);
    }

    /** The queue at a glance: awaiting a decision, RED among them, and overdue at {@code now}. */
    public ReferralQueue.Summary queueSummary(Instant now) {
        return queue.summary(now);
    }

    /**
     * The stored referral, answered again when {@code sent} is the same referral: the same JSON, or the same
     * content written another way (a default left out, the same instant with another offset or precision,
     * the concerns in another order), as the contract reads it.
     */
    private static Submission repeat(ReferralRecord stored, String hash, Referral sent, ReferralReader reader) {
        if (!stored.bodySha256().equals(hash) && !sameContent(stored, sent, reader)) {
            throw ApiException.conflict("referral " + stored.referralId() + " was received before with different content");
        }
        return Submission.of(stored, false);
    }

    private static boolean sameContent(ReferralRecord stored, Referral sent, ReferralReader reader) {
        try {
            return inAnyOrder(reader.read(stored.body())).equals(inAnyOrder(sent));
        } catch (InvalidInputException e) {
            return false; // stored under a catalogue that no longer has one of its codes: not comparable
        }
    }

    /** The referral with its concerns in one order: their order carries no meaning. */
    private static Referral inAnyOrder(Referral r) {
        List<Referral.Concern> concerns = r.concerns().stream().sorted(Comparator.comparing(Referral.Concern::code)
                .thenComparing(Referral.Concern::agency).thenComparing(c -> Objects.toString(c.note(), ""))).toList();
        return new Referral(r.referralId(), r.receivedAt(), r.source(), r.child(), r.consent(), concerns, r.history());
    }

    static String summary(Recommendation r) {
        return "{\"thresholdLevel\":" + r.thresholdLevel() + ",\"rag\":\"" + r.rag() + "\",\"pathway\":\"" + r.pathway()
                + "\",\"policyVersion\":\"" + r.policyVersion() + "\"}";
    }

    private static String json(Object r) {
        try {
            return Json.MAPPER.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
