package frontdoor.service.allocation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The latest plan at a glance: whether it is still solving, for which day, and how many referrals it
 * will finish late and how many tasks or referrals it leaves unassigned.
 */
public record PlanSummary(String id, String status, LocalDate planDate, Instant updatedAt, int late, int unassigned) {

    static PlanSummary of(PlanView view) {
        boolean planned = view.plan() != null;
        return new PlanSummary(view.id(), view.status(), view.input().planDate(), view.updatedAt(),
                planned ? view.plan().lateReferrals().size() : 0, planned ? view.plan().unassigned().size() : 0);
    }
}
