package frontdoor.rules;

/** How a referral came in (CONTRACT.md {@code source.method}). */
public enum SourceMethod { MARF, PORTAL, PHONE, EMAIL, POLICE_NOTIFICATION }
