package frontdoor.service.policy;

import frontdoor.service.audit.AuditAction;
import frontdoor.service.audit.AuditLog;
import frontdoor.service.web.ApiException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks, approval and publishing. Approval is by a second practice lead, none of the draft's authors,
 * unless {@code frontdoor.policy.four-eyes} is off; it holds for the revision approved. Publishing runs every
 * check again, stores the version and puts it in force in one transaction, then swaps the compiled policy
 * in: a referral being evaluated finishes on the version it started with. A version that was in force
 * before comes back the same way, checked again, without a new approval.
 */
@Service
class Publishing {
    private final Drafts drafts;
    private final DraftStore draftStore;
    private final PolicyStore versions;
    private final PolicyChecks checks;
    private final PolicyHolder holder;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final boolean fourEyes;

    Publishing(Drafts drafts, DraftStore draftStore, PolicyStore versions, PolicyChecks checks, PolicyHolder holder, AuditLog audit,
               TransactionTemplate tx, @Value("${frontdoor.policy.four-eyes:true}") boolean fourEyes) {
        this.drafts = drafts;
        this.draftStore = draftStore;
        this.versions = versions;
        this.checks = checks;
        this.holder = holder;
        this.audit = audit;
        this.tx = tx;
        this.fourEyes = fourEyes;
    }

    CheckReport check(String draftId, String actor) {
        PolicyDraft d = drafts.draft(draftId, false);
        return checked(draftId, d.revision(), draftStore.files(draftId), actor).report();
    }

    /** Runs every check; each run is in the audit chain, whether asked for or part of an approval or a publish. */
    PolicyChecks.Checked checked(String subject, int revision, java.util.Map<String, String> files, String actor) {
        PolicyChecks.Checked checked = checks.run(files);
        CheckReport report = checked.report();
        tx.executeWithoutResult(s -> audit.record(actor, AuditAction.POLICY_CHECKED, subject, "{\"revision\":" + revision
                + ",\"passed\":" + report.passed() + ",\"errors\":" + report.errors().size() + "}"));
        return checked;
    }

    void approve(String draftId, String body, String actor) {
        PolicyForm form = PolicyForm.approval(body);
        PolicyDraft d = drafts.draft(draftId, false);
        if (d.state() == PolicyDraft.State.PUBLISHED) {
            throw ApiException.conflict("draft " + draftId + " was published as " + d.versionId());
        }
        if (fourEyes && drafts.authors(draftId).contains(actor)) {
            throw ApiException.of(HttpStatus.FORBIDDEN, "Four eyes", "a draft is approved by a second practice lead, not by one of its authors");
        }
        refuseUnless(checked(draftId, d.revision(), draftStore.files(draftId), actor).report().errors(), List.of(), "approved");
        tx.executeWithoutResult(s -> {
            PolicyDraft now = drafts.draft(draftId, true);
            if (now.revision() != d.revision()) {
                throw ApiException.conflict("draft " + draftId + " was saved while it was checked; check and approve again");
            }
            draftStore.approve(draftId, actor, d.revision(), form.reference(), form.note());
            audit.record(actor, AuditAction.POLICY_APPROVED, draftId, "{\"revision\":" + d.revision() + ",\"fourEyes\":" + fourEyes + "}");
        });
    }

    String publish(String draftId, String body, String actor) {
        PolicyForm form = PolicyForm.publish(body);
        PolicyDraft d = drafts.draft(draftId, false);
        if (d.state() == PolicyDraft.State.PUBLISHED) {
            throw ApiException.conflict("draft " + draftId + " was published as " + d.versionId());
        }
        List<CheckReport.Finding> blocking = new ArrayList<>();
        if (fourEyes && !d.approvedAsItStands()) {
            blocking.add(new CheckReport.Finding("approval", "", "revision " + d.revision(),
                    "the draft as it stands is not approved by a second practice lead"));
        }
        PolicyChecks.Checked checked = checked(draftId, d.revision(), draftStore.files(draftId), actor);
        refuseUnless(checked.report().errors(), blocking, "published");
        PolicyInForce policy = checked.compiled();
        if (versions.version(policy.versionId()).isPresent()) {
            throw ApiException.conflict("version " + policy.versionId() + " exists already; put it back in force at /api/v1/policy/versions/"
                    + policy.versionId() + "/publish");
        }
        try {
            store(draftId, d, policy, actor);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw ApiException.conflict("version " + policy.versionId() + " was published at the same moment by someone else");
        }
        holder.replace(policy);
        return policy.versionId();
    }

    private void store(String draftId, PolicyDraft d, PolicyInForce policy, String actor) {
        tx.executeWithoutResult(s -> {
            versions.lockInForce();
            if (drafts.draft(draftId, true).revision() != d.revision()) {
                throw ApiException.conflict("draft " + draftId + " was saved while it was checked; check and publish again");
            }
            Instant now = Drafts.now();
            versions.insert(new PolicyVersion(policy.versionId(), PolicyVersion.State.PUBLISHED, d.createdBy(), now, d.basedOn(),
                    d.note(), d.approvedBy(), d.approvalReference(), fourEyes), policy.files());
            versions.putInForce(policy.versionId(), now);
            draftStore.published(draftId, policy.versionId());
            audit.record(actor, AuditAction.POLICY_PUBLISHED, policy.versionId(), "{\"draftId\":\"" + draftId + "\",\"revision\":"
                    + d.revision() + ",\"approvedBy\":" + quoted(d.approvedBy()) + ",\"fourEyes\":" + fourEyes + "}");
            audit.record(actor, AuditAction.POLICY_IN_FORCE, policy.versionId(), "{\"policyVersion\":\"" + policy.versionId() + "\"}");
        });
    }

    /** Puts a version that was in force before back in force (a rollback), checked the same way. */
    String republish(String versionId, String body, String actor) {
        PolicyForm.publish(body);
        PolicyVersion v = versions.version(versionId).orElseThrow(() -> ApiException.notFound("no policy version " + versionId));
        if (v.state() == PolicyVersion.State.PUBLISHED) {
            throw ApiException.conflict("version " + versionId + " is in force already");
        }
        PolicyChecks.Checked checked = checked(versionId, 0, versions.files(versionId), actor);
        refuseUnless(checked.report().errors(), List.of(), "published");
        tx.executeWithoutResult(s -> {
            String before = versions.lockInForce().orElse(null);
            versions.putInForce(versionId, Drafts.now());
            audit.record(actor, AuditAction.POLICY_PUBLISHED, versionId, "{\"rollbackFrom\":" + quoted(before) + "}");
            audit.record(actor, AuditAction.POLICY_IN_FORCE, versionId, "{\"policyVersion\":\"" + versionId + "\"}");
        });
        holder.replace(checked.compiled());
        return versionId;
    }

    static void refuseUnless(List<CheckReport.Finding> errors, List<CheckReport.Finding> others, String what) {
        List<CheckReport.Finding> blocking = new ArrayList<>(others);
        blocking.addAll(errors);
        if (!blocking.isEmpty()) {
            ApiException refused = ApiException.of(HttpStatus.UNPROCESSABLE_ENTITY, "Policy refused",
                    blocking.size() + " problem(s) block this policy from being " + what);
            refused.getBody().setProperty("problems", blocking);
            throw refused;
        }
    }

    private static String quoted(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
