package frontdoor.service.referral;

/** Where a referral is in screening. */
public enum ReferralStatus {
    AWAITING_DECISION, DECIDED
}
