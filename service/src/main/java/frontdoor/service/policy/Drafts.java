package frontdoor.service.policy;

import frontdoor.service.audit.AuditAction;
import frontdoor.service.audit.AuditEntry;
import frontdoor.service.audit.AuditLog;
import frontdoor.service.web.ApiException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The list of versions and drafts, drafts made from a version, and a draft's files read and saved one at a
 * time. Each draft and each save is in the audit chain with the change it records.
 */
@Service
public class Drafts {
    private final PolicyStore versions;
    private final DraftStore drafts;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final boolean fourEyes;

    Drafts(PolicyStore versions, DraftStore drafts, AuditLog audit, TransactionTemplate tx,
           @Value("${frontdoor.policy.four-eyes:true}") boolean fourEyes) {
        this.versions = versions;
        this.drafts = drafts;
        this.audit = audit;
        this.tx = tx;
        this.fourEyes = fourEyes;
    }

    /**
     * The versions and drafts, with who put the version in force and when: the latest {@code POLICY_IN_FORCE}
     * entry of the audit chain, or the version's own record when the chain has none for it yet.
     */
    public PolicyOverview overview() {
        String inForce = versions.inForce().orElse(null);
        List<PolicyVersion> all = versions.versions();
        Optional<AuditEntry> put = audit.latest(AuditAction.POLICY_IN_FORCE).filter(e -> e.subject().equals(inForce));
        Optional<PolicyVersion> version = all.stream().filter(v -> v.id().equals(inForce)).findFirst();
        return new PolicyOverview(inForce, put.map(AuditEntry::at).or(() -> version.map(PolicyVersion::createdAt)).orElse(null),
                put.map(AuditEntry::actor).or(() -> version.map(PolicyVersion::createdBy)).orElse(null), fourEyes, all, drafts.drafts());
    }

    String create(String body, String actor) {
        PolicyForm form = PolicyForm.draft(body);
        return tx.execute(s -> {
            String basedOn = form.basedOn() != null ? form.basedOn()
                    : versions.inForce().orElseThrow(() -> ApiException.conflict("no version is in force"));
            versions.version(basedOn).orElseThrow(() -> ApiException.notFound("no policy version " + basedOn));
            String draftId = UUID.randomUUID().toString();
            Instant now = now();
            drafts.insert(new PolicyDraft(draftId, PolicyDraft.State.DRAFT, 0, actor, now, basedOn, form.note(), null, null, null, null, null),
                    versions.files(basedOn));
            audit.record(actor, AuditAction.POLICY_DRAFTED, draftId, "{\"basedOn\":\"" + basedOn + "\"}");
            return draftId;
        });
    }

    String file(String draftId, String name) {
        draft(draftId, false);
        String text = drafts.files(draftId).get(name);
        if (text == null) {
            throw ApiException.notFound("draft " + draftId + " has no file " + name);
        }
        return text;
    }

    /** Saves a file as the draft's next revision; a saved draft needs approving again. */
    int save(String draftId, String name, String text, String actor) {
        if (!PolicyFiles.allowed(name)) {
            throw ApiException.notFound("a policy version has no file " + name + "; its files: " + PolicyFiles.REQUIRED + " and cases/<id>.json");
        }
        if (text == null || text.isBlank()) {
            throw ApiException.of(org.springframework.http.HttpStatus.BAD_REQUEST, "Bad input", "the file's text is empty");
        }
        return tx.execute(s -> {
            PolicyDraft d = draft(draftId, true);
            if (d.state() == PolicyDraft.State.PUBLISHED) {
                throw ApiException.conflict("draft " + draftId + " was published as " + d.versionId() + "; make a new draft");
            }
            int revision = drafts.save(draftId, name, text, actor, now());
            audit.record(actor, AuditAction.POLICY_DRAFT_SAVED, draftId, "{\"file\":\"" + name + "\",\"revision\":" + revision + "}");
            return revision;
        });
    }

    String versionFile(String versionId, String name) {
        versions.version(versionId).orElseThrow(() -> ApiException.notFound("no policy version " + versionId));
        String text = versions.files(versionId).get(name);
        if (text == null) {
            throw ApiException.notFound("version " + versionId + " has no file " + name);
        }
        return text;
    }

    PolicyDraft draft(String draftId, boolean lock) {
        return drafts.draft(draftId, lock).orElseThrow(() -> ApiException.notFound("no policy draft " + draftId));
    }

    List<String> authors(String draftId) {
        return drafts.authors(draftId);
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
