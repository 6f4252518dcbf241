package frontdoor.planner.domain;

import frontdoor.rules.Agency;

/** The kinds of screening work, the skill each needs by default and, for checks, the agency's systems. */
public enum TaskKind {
    POLICE_CHECK(Skill.POLICE_SYSTEMS, Agency.POLICE),
    HEALTH_CHECK(Skill.HEALTH_SYSTEMS, Agency.HEALTH),
    EDUCATION_CHECK(Skill.EDUCATION_SYSTEMS, Agency.EDUCATION),
    SOCIAL_CARE_CHECK(Skill.SOCIAL_CARE_SYSTEMS, Agency.SOCIAL_CARE),
    SCREENING_DECISION(Skill.QUALIFIED_SOCIAL_WORKER, null),
    MANAGER_SIGN_OFF(Skill.MASH_MANAGER, null);

    private final Skill skill;
    private final Agency agency;

    TaskKind(Skill skill, Agency agency) {
        this.skill = skill;
        this.agency = agency;
    }

    public Skill skill() {
        return skill;
    }

    /** The agency whose systems a check reads; null for the decision and the sign-off. */
    public Agency agency() {
        return agency;
    }

    public boolean isCheck() {
        return agency != null;
    }

    /** Where this kind sits in a referral's order: checks, then the decision, then the sign-off. */
    public int stage() {
        return switch (this) {
            case SCREENING_DECISION -> 1;
            case MANAGER_SIGN_OFF -> 2;
            default -> 0;
        };
    }
}
