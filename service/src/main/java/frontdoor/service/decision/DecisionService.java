package frontdoor.service.decision;

import frontdoor.rules.Recommendation;
import frontdoor.rules.StrictJson;
import frontdoor.service.audit.AuditAction;
import frontdoor.service.audit.AuditLog;
import frontdoor.service.policy.PolicyHolder;
import frontdoor.service.referral.DecisionRecord;
import frontdoor.service.referral.DecisionRepository;
import frontdoor.service.referral.ReferralRecord;
import frontdoor.service.referral.ReferralRepository;
import frontdoor.service.referral.ReferralService;
import frontdoor.service.referral.ReferralView;
import frontdoor.service.web.ApiException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person's decision on a referral, once; a manager's amendments after it, each with a reason. The decision
 * is a social-care worker's ({@link WhoDecides}) and always has a rationale, agreeing or not. Decision (with its
 * own due time), referral status and audit entry commit together; the recommendation and revisions stay as
 * they were, so the recommended, current and decided outputs are kept apart.
 */
@Service
class DecisionService {
    private final ReferralService referralService;
    private final ReferralRepository referrals;
    private final DecisionRepository decisions;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final PolicyHolder policy;
    private final WhoDecides whoDecides;

    DecisionService(ReferralService referralService, ReferralRepository referrals, DecisionRepository decisions, AuditLog audit,
                    TransactionTemplate tx, PolicyHolder policy, WhoDecides whoDecides) {
        this.whoDecides = whoDecides;
        this.referralService = referralService;
        this.referrals = referrals;
        this.decisions = decisions;
        this.audit = audit;
        this.tx = tx;
        this.policy = policy;
    }

    /** A decision (a social-care worker's: anyone else is refused before the body is read) or a manager's amendment. */
    ReferralView.Decision decide(String referralId, String body, Authentication who, boolean amendment) {
        if (!amendment) {
            whoDecides.check(who);
        }
        String actor = who.getName();
        DecisionForm form = DecisionForm.read(body, amendment);
        try {
            return tx.execute(s -> {
                ReferralRecord r = referralService.find(referralId);
                referrals.lock(r.id()); // a revision being stored sees this decision, or this decision sees the revision
                List<DecisionRecord> before = decisions.findByReferralOrderByVersion(r.id());
                if (!amendment && !before.isEmpty()) {
                    throw ApiException.conflict("referral " + referralId + " has a decision; a manager may amend it");
                }
                if (amendment && before.isEmpty()) {
                    throw ApiException.conflict("referral " + referralId + " has no decision to amend");
                }
                Instant dueBy = r.receivedAt().plus(policy.current().timescale(form.rag()));
                DecisionRecord d = decisions.save(DecisionRecord.of(r.id(), before.size() + 1, form.thresholdLevel(), form.rag(),
                        form.pathway(), form.actions(), form.rationale(), form.amendmentReason(), actor,
                        Instant.now().truncatedTo(ChronoUnit.MICROS), dueBy));
                referrals.decided(r.id(), form.thresholdLevel(), form.rag(), form.pathway(), dueBy);
                if (amendment) {
                    referrals.reviewed(r.id());
                }
                audit.record(actor, amendment ? AuditAction.AMENDED : AuditAction.DECIDED, referralId,
                        "{\"version\":" + d.version() + ",\"thresholdLevel\":" + d.thresholdLevel() + ",\"rag\":\"" + d.rag()
                                + "\",\"pathway\":\"" + d.pathway() + "\",\"actions\":\"" + d.actions() + "\",\"differs\":"
                                + form.differsFrom(recommendation(r, referralService)) + "}");
                return ReferralView.Decision.of(d);
            });
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof DuplicateKeyException) {
                throw ApiException.conflict("referral " + referralId + " was decided at the same time by someone else");
            }
            throw e;
        }
    }

    /** The latest revision's: a decision is measured against what the agencies' information now recommends. */
    private static Recommendation recommendation(ReferralRecord r, ReferralService referrals) {
        return StrictJson.DOCUMENT.value(referrals.recommendation(r), Recommendation.class);
    }
}
