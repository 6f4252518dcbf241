package frontdoor.rules;

/** How a referral came in (docs/contract.md {@code source.method}). */
public enum SourceMethod { MARF, PORTAL, PHONE, EMAIL, POLICE_NOTIFICATION }
