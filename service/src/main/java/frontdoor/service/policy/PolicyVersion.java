package frontdoor.service.policy;

import java.time.Instant;

/**
 * A policy version as listed: its id (bundle name and content hash), state, who made it from which version
 * and why, who approved it with which sign-off, and whether four-eyes approval was required when it was.
 */
public record PolicyVersion(String id, State state, String createdBy, Instant createdAt, String basedOn, String note,
                            String approvedBy, String approvalReference, boolean fourEyes) {

    /** A version is in force (exactly one) or retired; drafts have their own states ({@link PolicyDraft.State}). */
    public enum State {
        PUBLISHED, RETIRED
    }
}
