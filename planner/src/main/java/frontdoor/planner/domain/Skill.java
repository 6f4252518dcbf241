package frontdoor.planner.domain;

/** What a staff member may do: systems access or a qualification (docs/allocation.md "The work and the team"). */
public enum Skill {
    POLICE_SYSTEMS, HEALTH_SYSTEMS, EDUCATION_SYSTEMS, SOCIAL_CARE_SYSTEMS, QUALIFIED_SOCIAL_WORKER, MASH_MANAGER
}
