package frontdoor.rules;

/** The agencies that send referrals and raise concerns (docs/contract.md). */
public enum Agency {
    POLICE, HEALTH, EDUCATION, SOCIAL_CARE, EARLY_HELP, PROBATION, HOUSING, YOUTH_JUSTICE, ADULT_SERVICES,
    SUBSTANCE_MISUSE, VOLUNTARY, PUBLIC, OTHER_LA
}
