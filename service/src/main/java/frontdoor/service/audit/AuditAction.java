package frontdoor.service.audit;

/** What an audit entry records. */
public enum AuditAction {
    RECOMMENDED, DECIDED, AMENDED, VIEWED, POLICY_IN_FORCE,
    POLICY_DRAFTED, POLICY_DRAFT_SAVED, POLICY_CHECKED, POLICY_APPROVED, POLICY_PUBLISHED
}
