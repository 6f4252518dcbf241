package frontdoor.rules;

/** Consent to share information and to the referral (POLICY.md section 1). */
public enum Consent { GIVEN, REFUSED, NOT_SOUGHT, NOT_REQUIRED }
