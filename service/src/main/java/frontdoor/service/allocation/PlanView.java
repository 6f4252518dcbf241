package frontdoor.service.allocation;

import frontdoor.planner.Plan;
import frontdoor.planner.PlanInput;
import java.time.Instant;

/**
 * A plan as the manager reads it: its status (SOLVING, DONE, STOPPED, INTERRUPTED, FAILED), how many times
 * it has been re-planned and why last, the best plan so far (docs/allocation.md plan JSON, with the reasons
 * for everything left or late and each constraint's total), and the input it solves.
 */
record PlanView(String id, String status, int revision, String lastChange, Instant createdAt, String createdBy,
                Instant updatedAt, Plan plan, PlanInput input) {

    static PlanView of(PlanStore.Stored s) {
        return new PlanView(s.id(), s.status().name(), s.revision(), s.lastChange(), s.createdAt(), s.createdBy(), s.updatedAt(),
                s.plan(), s.input());
    }
}
