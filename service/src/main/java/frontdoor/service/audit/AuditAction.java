package frontdoor.service.audit;

/**
 * What an audit entry records. The roster and plan actions have a staff id or a plan id as their subject;
 * CHECK_RESULT_RECORDED, INFORMATION_RECORDED and CONSENT_RECORDED are what was gathered for a referral, REVISED its
 * re-evaluation (ids, codes counted, outputs: never a note or summary); SIGNED_OFF a manager's sign-off of the decision
 * (the version signed, never the comment). ROSTER_CHANGED is a staff member added or replaced (also when a plan change ends their windows).
 * RESTRICTED_SHOWN and RESTRICTED_WITHHELD are each view of a referral with restricted information by a reader
 * cleared for it or not (the view and the agencies, never what it says).
 */
public enum AuditAction {
    RECOMMENDED, DECIDED, AMENDED, VIEWED, POLICY_IN_FORCE,
    ROSTER_CHANGED, ROSTER_REMOVED, PLAN_STARTED, PLAN_CHANGED, PLAN_STOPPED,
    POLICY_DRAFTED, POLICY_DRAFT_SAVED, POLICY_CHECKED, POLICY_APPROVED, POLICY_PUBLISHED,
    CHECK_RESULT_RECORDED, INFORMATION_RECORDED, CONSENT_RECORDED, REVISED,
    RESTRICTED_SHOWN, RESTRICTED_WITHHELD, SIGNED_OFF,
    /** Failed sign-ins for one staff user name from one address: refused a while (subject the user name; no password). */
    SIGN_IN_LOCKED_OUT,
    /** The audit chain sealed from here on with another key (subject the new key's id; detail the one before, never a key). */
    AUDIT_KEY_ROTATED,
    /** A retention run: plans removed, referrals anonymised (subject "retention"; counts only). */
    RETENTION_RUN
}
