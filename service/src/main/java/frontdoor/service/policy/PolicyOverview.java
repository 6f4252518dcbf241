package frontdoor.service.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a practice lead asks first of the policy: which version is in force, since when and who put it there
 * (from the audit chain), whether approval takes a second lead, every version and every draft. The API's
 * {@code GET /api/v1/policy} and the pages read this one object, so both say the same.
 */
public record PolicyOverview(String inForce, Instant inForceSince, String putInForceBy, boolean fourEyes,
                             List<PolicyVersion> versions, List<PolicyDraft> drafts) {

    /** The version in force as listed (its author, approval and note). */
    public Optional<PolicyVersion> inForceVersion() {
        return versions.stream().filter(v -> v.id().equals(inForce)).findFirst();
    }

    /** Drafts being edited or waiting for a second lead's approval of the revision as it stands. */
    public List<PolicyDraft> awaitingApproval() {
        return drafts.stream().filter(d -> d.state() == PolicyDraft.State.DRAFT).toList();
    }

    /** Drafts approved as they stand: ready to publish. */
    public List<PolicyDraft> readyToPublish() {
        return drafts.stream().filter(PolicyDraft::approvedAsItStands).toList();
    }
}
