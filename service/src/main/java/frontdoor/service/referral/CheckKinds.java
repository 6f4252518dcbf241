package frontdoor.service.referral;

import frontdoor.planner.domain.TaskKind;
import frontdoor.rules.Agency;
import java.util.Map;

/**
 * Which agency makes each check: the planner's check task kinds are the checks an agency makes of its
 * own records, so a check's id is its kind and its agency follows from it.
 */
public final class CheckKinds {
    private static final Map<TaskKind, Agency> AGENCY = Map.of(TaskKind.POLICE_CHECK, Agency.POLICE, TaskKind.HEALTH_CHECK, Agency.HEALTH,
            TaskKind.EDUCATION_CHECK, Agency.EDUCATION, TaskKind.SOCIAL_CARE_CHECK, Agency.SOCIAL_CARE);

    private CheckKinds() {
    }

    public static Agency agency(TaskKind kind) {
        Agency agency = AGENCY.get(kind);
        if (agency == null) {
            throw new IllegalArgumentException(kind + " is not a check");
        }
        return agency;
    }
}
