package frontdoor.service.decision;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.JsonChecks;
import frontdoor.rules.RagRating;
import frontdoor.rules.StrictJson;
import frontdoor.service.audit.AuditAction;
import frontdoor.service.audit.AuditLog;
import frontdoor.service.referral.ReferralRecord;
import frontdoor.service.referral.ReferralRepository;
import frontdoor.service.referral.ReferralService;
import frontdoor.service.referral.ReferralView;
import frontdoor.service.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A manager's oversight: each decision is signed off once, with an optional comment, after it is recorded
 * (409 before, and 409 again after), by someone other than the person who made it (403). Until then the referral waits in the sign-off queue, and today's plan
 * has its {@code MANAGER_SIGN_OFF} task.
 */
@Service
public class SignOffs {
    /** At most this many waiting decisions are answered, oldest first. */
    static final int QUEUE_LIMIT = 200;
    private final ReferralService referralService;
    private final ReferralRepository referrals;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    SignOffs(ReferralService referralService, ReferralRepository referrals, JdbcClient jdbc, AuditLog audit, TransactionTemplate tx,
             ObjectProvider<Clock> clock) {
        this.referralService = referralService;
        this.referrals = referrals;
        this.jdbc = jdbc;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * A decision awaiting sign-off: the decision in force (the latest amendment, if any), who made the first one
     * and when, whether a later revision asks for a review of it, the level and RAG the policy recommends now
     * (the latest revision's), and whether the decision is below them: a lower level or a less urgent RAG, the
     * change oversight most needs to see.
     */
    public record Waiting(String referralId, int decisionVersion, int thresholdLevel, RagRating rag, String pathway,
                          String decidedBy, Instant decidedAt, boolean needsReview, Integer recommendedThresholdLevel,
                          RagRating recommendedRag, boolean belowRecommendation) {
        /** {@code recommended}: the recommendation JSON; one that cannot be read leaves the recommended outputs null. */
        static Waiting of(String referralId, int decisionVersion, int thresholdLevel, RagRating rag, String pathway, String decidedBy,
                          Instant decidedAt, boolean needsReview, String recommended) {
            Integer level = null;
            RagRating recommendedRag = null;
            try {
                JsonNode r = StrictJson.DOCUMENT.tree(recommended);
                level = r.path("thresholdLevel").isInt() ? r.path("thresholdLevel").asInt() : null;
                recommendedRag = r.path("rag").isTextual() ? RagRating.valueOf(r.path("rag").asText()) : null;
            } catch (RuntimeException unreadable) {
                // kept as stored (an old or damaged row): the queue still lists the decision
            }
            boolean below = level != null && recommendedRag != null && (thresholdLevel < level || rag.compareTo(recommendedRag) > 0);
            return new Waiting(referralId, decisionVersion, thresholdLevel, rag, pathway, decidedBy, decidedAt, needsReview, level,
                    recommendedRag, below);
        }
    }

    /** The decisions not yet signed off, the longest waiting first. */
    public List<Waiting> awaiting() {
        return jdbc.sql("""
                        SELECT r.referral_id, d.version, d.threshold_level, d.rag, d.pathway, f.decided_by, f.decided_at, r.needs_review,
                               (SELECT %s FROM revision v WHERE v.referral = r.id ORDER BY v.revision DESC LIMIT 1),
                               (SELECT c.body FROM recommendation c WHERE c.referral = r.id)
                        FROM referral r
                        JOIN decision f ON f.referral = r.id AND f.version = 1
                        JOIN decision d ON d.referral = r.id AND d.version = (SELECT MAX(version) FROM decision WHERE referral = r.id)
                        WHERE r.sign_off_required AND NOT EXISTS (SELECT 1 FROM decision_sign_off s WHERE s.referral = r.id)
                        ORDER BY f.decided_at, r.id LIMIT ?""".formatted(ReferralRecord.StoredRecommendation.OF_REVISION))
                .param(QUEUE_LIMIT)
                .query((rs, n) -> Waiting.of(rs.getString(1), rs.getInt(2), rs.getInt(3), RagRating.valueOf(rs.getString(4)),
                        rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getBoolean(8),
                        rs.getString(9) != null ? rs.getString(9) : rs.getString(10)))
                .list();
    }

    /** Signs the decision in force off; the comment is optional and never reaches the audit trail. */
    public ReferralView.SignOff signOff(String referralId, String body, String actor) {
        String comment = comment(body);
        return tx.execute(s -> {
            ReferralRecord r = referralService.find(referralId);
            referrals.lock(r.id());
            Integer version = jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM decision WHERE referral = ?").param(r.id()).query(Integer.class).single();
            if (version == 0) {
                throw ApiException.conflict("referral " + referralId + " has no decision to sign off yet");
            }
            if (jdbc.sql("SELECT COUNT(*) FROM decision_sign_off WHERE referral = ?").param(r.id()).query(Long.class).single() > 0) {
                throw ApiException.conflict("the decision on referral " + referralId + " is signed off already");
            }
            String decidedBy = jdbc.sql("SELECT decided_by FROM decision WHERE referral = ? AND version = 1").param(r.id())
                    .query(String.class).single();
            if (decidedBy.equals(actor)) {
                throw ApiException.of(HttpStatus.FORBIDDEN, "Not yours to sign off",
                        "a decision is signed off by a manager other than the person who made it; " + actor + " made this one");
            }
            Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            jdbc.sql("INSERT INTO decision_sign_off (referral, decision_version, comment, signed_by, signed_at) VALUES (?, ?, ?, ?, ?)")
                    .params(r.id(), version, comment, actor, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
            audit.record(actor, AuditAction.SIGNED_OFF, referralId, "{\"decisionVersion\":" + version + ",\"comment\":" + (comment != null) + "}");
            return new ReferralView.SignOff(version, comment, actor, at);
        });
    }

    private static String comment(String body) {
        JsonNode root = StrictJson.BODY.tree(body);
        JsonChecks in = new JsonChecks();
        String comment = null;
        if (in.object(root, "$", Set.of("comment"))) {
            comment = in.text(root, "$", "comment", false, DecisionForm.WORDS, DecisionForm.WORDS_RULE);
        }
        if (!in.problems().isEmpty()) {
            throw new InvalidInputException(in.problems());
        }
        return comment;
    }
}
