package frontdoor.service.gathering;

import frontdoor.rules.Agency;
import frontdoor.rules.DecisionMonitoring;
import frontdoor.rules.RagRating;
import frontdoor.rules.Recommendation;
import frontdoor.rules.Recommender;
import frontdoor.rules.WhatWouldChange;
import frontdoor.service.audit.AuditAction;
import frontdoor.service.audit.AuditLog;
import frontdoor.service.needtoknow.NeedToKnow;
import frontdoor.service.needtoknow.Redaction;
import frontdoor.service.policy.PolicyHolder;
import frontdoor.service.policy.PolicyInForce;
import frontdoor.service.referral.ReferralRecord;
import frontdoor.service.referral.ReferralService;
import frontdoor.service.web.ApiException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gathering what the agencies know: a result, information or a consent change is stored, the referral
 * evaluated again on the policy in force (taken once), and the new revision stored with what changed, all
 * in one transaction with the audit entries; a refused request stores nothing. Entries for one referral
 * are serialised by a row lock, so revisions follow each other in the order the information was recorded.
 */
@Service
class Gathering {
    private final ReferralService referrals;
    private final Checks checks;
    private final Gathered gathered;
    private final Revisions revisions;
    private final Reevaluation reevaluation;
    private final ReferralFollows follows;
    private final PolicyHolder policy;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final NeedToKnow needToKnow;

    Gathering(ReferralService referrals, Checks checks, Gathered gathered, Revisions revisions, Reevaluation reevaluation,
              ReferralFollows follows, PolicyHolder policy, AuditLog audit, TransactionTemplate tx, ApplicationEventPublisher events,
              NeedToKnow needToKnow) {
        this.needToKnow = needToKnow;
        this.referrals = referrals;
        this.checks = checks;
        this.gathered = gathered;
        this.revisions = revisions;
        this.reevaluation = reevaluation;
        this.follows = follows;
        this.policy = policy;
        this.audit = audit;
        this.tx = tx;
        this.events = events;
    }

    List<Checks.Check> checks(String referralId) {
        return tx.execute(s -> checks.of(referrals.find(referralId).id()));
    }

    /** Every revision, as the reader may see it (need-to-know). */
    List<Revisions.Revision> revisions(String referralId, String reader) {
        return tx.execute(s -> {
            ReferralRecord r = referrals.find(referralId);
            Redaction shown = needToKnow.of(reader, "revisions", referralId, r.id(), r.body());
            return revisions.of(r.id()).stream().map(v -> shown(v, shown)).toList();
        });
    }

    private static Revisions.Revision shown(Revisions.Revision v, Redaction redaction) {
        return new Revisions.Revision(v.revision(), v.at(), v.by(), v.cause(), redaction.recommendation(v.recommendation()),
                redaction.changes(v.changes()), v.policyVersion(), v.screeningDueBy());
    }

    /**
     * What would change the latest revision: its stored input evaluated again without each concern and
     * history fact, on the policy version that made it (unmonitored: these are not referrals), when asked.
     */
    List<WhatWouldChange.Entry> whatWouldChange(String referralId, String reader) {
        Redaction[] shown = new Redaction[1];
        List<Revisions.Stored> stored = tx.execute(s -> {
            ReferralRecord r = referrals.find(referralId);
            shown[0] = needToKnow.of(reader, "what-would-change", referralId, r.id(), r.body());
            return revisions.stored(r.id());
        });
        Revisions.Stored latest = stored.get(stored.size() - 1);
        Recommender recommender = policy.version(latest.revision().policyVersion()).recommender().monitored(DecisionMonitoring.NONE);
        return new WhatWouldChange(recommender).of(recommender.reader().read(latest.input())).stream().map(shown[0]::entry).toList();
    }

    Revisions.Revision result(String referralId, String checkId, String body, String actor) {
        PolicyInForce p = policy.current();
        return record(referralId, body, actor, p, r -> {
            Checks.Check check = checks.find(r.id(), checkId).orElseThrow(() -> ApiException.notFound("referral " + referralId + " has no check " + checkId));
            Finding f = Finding.read(body, p.recommender().reader(), check.agency());
            if (check.done() && f.supersedes() == null) {
                throw ApiException.conflict("check " + checkId + " of referral " + referralId + " is done; supersede its result instead");
            }
            return new Recorded(Gathered.Kind.CHECK_RESULT, checkId, check.agency(), f.supersedes(),
                    "check result " + checkId + " (" + check.agency() + ")", "{\"checkId\":\"" + checkId + "\",\"outcome\":\"" + f.outcome()
                            + "\",\"concerns\":" + f.concerns().size() + ",\"restricted\":" + f.restricted() + "}");
        });
    }

    Revisions.Revision information(String referralId, String body, String actor) {
        PolicyInForce p = policy.current();
        return record(referralId, body, actor, p, r -> {
            Finding f = Finding.read(body, p.recommender().reader(), null);
            return new Recorded(Gathered.Kind.INFORMATION, null, f.agency(), f.supersedes(), "information (" + f.agency() + ")",
                    "{\"agency\":\"" + f.agency() + "\",\"outcome\":\"" + f.outcome() + "\",\"concerns\":" + f.concerns().size()
                            + ",\"restricted\":" + f.restricted() + "}");
        });
    }

    Revisions.Revision consent(String referralId, String body, String actor) {
        PolicyInForce p = policy.current();
        ConsentChange c = ConsentChange.read(body);
        return record(referralId, body, actor, p, r -> new Recorded(Gathered.Kind.CONSENT, null, null, null, "consent " + c.consent(),
                "{\"consent\":\"" + c.consent() + "\"}"));
    }

    /** What a request records, once read and checked: the entry's kind, check, agency, what it replaces, the cause and the audit detail. */
    private record Recorded(Gathered.Kind kind, String checkId, Agency agency, Long supersedes, String cause, String detail) {
    }

    private interface Reading {
        Recorded read(ReferralRecord r);
    }

    private Revisions.Revision record(String referralId, String body, String actor, PolicyInForce p, Reading reading) {
        Revisions.Revision[] out = new Revisions.Revision[1];
        RagRating[] rag = new RagRating[2];
        tx.executeWithoutResult(s -> {
            ReferralRecord r = follows.lock(referrals.find(referralId));
            Recorded what = reading.read(r);
            if (what.supersedes() != null) {
                Gathered.Entry replaced = gathered.find(r.id(), what.supersedes()).filter(e -> e.kind() == what.kind()
                                && java.util.Objects.equals(e.checkId(), what.checkId()) && e.agency().equals(what.agency().name()))
                        .orElseThrow(() -> new frontdoor.rules.InvalidInputException(List.of(new frontdoor.rules.Problem("$.supersedes",
                                "is not an entry of this referral from the same check or agency"))));
                if (gathered.counting(r.id()).stream().noneMatch(e -> e.id() == replaced.id())) {
                    throw ApiException.conflict("entry " + replaced.id() + " of referral " + referralId + " is superseded already");
                }
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            long entry = gathered.add(r.id(), what.kind(), what.checkId(), what.agency() == null ? null : what.agency().name(),
                    body, what.supersedes(), actor, now);
            if (what.checkId() != null && what.supersedes() == null && !checks.done(r.id(), what.checkId(), actor, now)) {
                throw ApiException.conflict("check " + what.checkId() + " of referral " + referralId + " was done at the same time by someone else");
            }
            audit.record(actor, action(what.kind()), referralId, what.detail().replaceFirst("\\{", "{\"entry\":" + entry + ","));
            Reevaluation.Next next = reevaluation.of(r, p, what.cause() + ", entry " + entry, actor, now);
            follows.apply(r, next, p);
            out[0] = shown(next.revision(), needToKnow.of(actor, "answer", referralId, r.id(), r.body()));
            rag[0] = next.before();
            rag[1] = next.recommendation().rag();
        });
        if (rag[1] == RagRating.RED && rag[0] != RagRating.RED) {
            events.publishEvent(new RoseToRed(referralId));
        }
        return out[0];
    }

    private static AuditAction action(Gathered.Kind kind) {
        return switch (kind) {
            case CHECK_RESULT -> AuditAction.CHECK_RESULT_RECORDED;
            case INFORMATION -> AuditAction.INFORMATION_RECORDED;
            case CONSENT -> AuditAction.CONSENT_RECORDED;
        };
    }
}
