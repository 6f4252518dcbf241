package frontdoor.rules;

/** Consent to share information and to the referral (docs/policy-rules.md "What the policy reads"). */
public enum Consent { GIVEN, REFUSED, NOT_SOUGHT, NOT_REQUIRED }
