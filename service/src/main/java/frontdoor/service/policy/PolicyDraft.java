package frontdoor.service.policy;

import java.time.Instant;

/**
 * A draft of a policy version: edited file by file (each save a new revision), approved for one revision by
 * a second practice lead, published as a version. A save after approval voids the approval.
 */
public record PolicyDraft(String draftId, State state, int revision, String createdBy, Instant createdAt, String basedOn,
                          String note, String approvedBy, Integer approvedRevision, String approvalReference,
                          String approvalNote, String versionId) {

    public enum State {
        DRAFT, APPROVED, PUBLISHED
    }

    /** Approved, and for the revision as it stands. */
    public boolean approvedAsItStands() {
        return state == State.APPROVED && approvedRevision != null && approvedRevision == revision;
    }
}
