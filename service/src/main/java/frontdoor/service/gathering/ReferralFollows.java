package frontdoor.service.gathering;

import frontdoor.rules.Recommendation;
import frontdoor.service.audit.AuditAction;
import frontdoor.service.audit.AuditLog;
import frontdoor.service.policy.PolicyInForce;
import frontdoor.service.referral.ReferralRecord;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referral follows its latest revision: while it awaits a decision its queue entry (RAG, level,
 * pathway, due time) and so its tasks in today's plan are the revision's; the checks a new pathway needs
 * are added. A decision already recorded stays (a person decided), and the referral is flagged for review
 * when a later revision differs from it. Kept apart: the recommended values (the arrival's recommendation),
 * the current ones (the revisions), the decided ones (the decisions, each with its own due time); the referral
 * row holds the ones in effect for the queue.
 */
@Component
class ReferralFollows {
    private final JdbcClient jdbc;
    private final Revisions revisions;
    private final Checks checks;
    private final AuditLog audit;

    ReferralFollows(JdbcClient jdbc, Revisions revisions, Checks checks, AuditLog audit) {
        this.jdbc = jdbc;
        this.revisions = revisions;
        this.checks = checks;
        this.audit = audit;
    }

    /** Locks the referral's row until commit: one thing gathered at a time per referral. */
    @Transactional(propagation = Propagation.MANDATORY)
    ReferralRecord lock(ReferralRecord r) {
        jdbc.sql("SELECT id FROM referral WHERE id = ? FOR UPDATE").param(r.id()).query(Long.class).single();
        return r;
    }

    private record Decided(int level, String rag, String pathway, String actions) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void apply(ReferralRecord r, Reevaluation.Next next, PolicyInForce policy) {
        revisions.add(r.id(), next.revision(), next.input());
        Recommendation rec = next.recommendation();
        Optional<Decided> decided = jdbc.sql("SELECT threshold_level, rag, pathway, actions FROM decision WHERE referral = ? ORDER BY version DESC LIMIT 1")
                .param(r.id()).query((rs, n) -> new Decided(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4))).optional();
        boolean review = false;
        if (decided.isEmpty()) {
            jdbc.sql("UPDATE referral SET rag = ?, threshold_level = ?, pathway = ?, due_by = ? WHERE id = ? AND status = 'AWAITING_DECISION'")
                    .params(rec.rag().name(), rec.thresholdLevel(), rec.pathway(), OffsetDateTime.ofInstant(next.revision().screeningDueBy(), ZoneOffset.UTC),
                            r.id()).update();
        } else {
            Decided d = decided.get();
            review = d.level() != rec.thresholdLevel() || !d.rag().equals(rec.rag().name()) || !d.pathway().equals(rec.pathway())
                    || !d.actions().equals(String.join(",", new java.util.TreeSet<>(rec.actions())));
            if (review) {
                jdbc.sql("UPDATE referral SET needs_review = TRUE WHERE id = ?").param(r.id()).update();
            }
        }
        List<String> added = checks.add(r.id(), policy.recipes().checks(rec.pathway()), next.revision().screeningDueBy(),
                next.revision().at());
        checks.due(r.id(), next.revision().screeningDueBy());
        audit.record(next.revision().by(), AuditAction.REVISED, r.referralId(), "{\"revision\":" + next.revision().revision()
                + ",\"thresholdLevel\":" + rec.thresholdLevel() + ",\"rag\":\"" + rec.rag() + "\",\"pathway\":\"" + rec.pathway()
                + "\",\"screeningDueBy\":\"" + next.revision().screeningDueBy() + "\",\"policyVersion\":\"" + rec.policyVersion()
                + "\",\"checksAdded\":\"" + String.join(",", added) + "\",\"needsReview\":" + review + "}");
    }
}
