package frontdoor.service.audit;

/** What an audit entry records. */
public enum AuditAction {
    RECOMMENDED, DECIDED, AMENDED, VIEWED, POLICY_IN_FORCE
}
