package frontdoor.service.allocation;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.JsonChecks;
import frontdoor.rules.StrictJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A change to a standing plan, as the manager sends it to {@code POST /api/v1/plans/{id}/changes}:
 * <ul>
 * <li>{@code {"type": "REFERRAL_ARRIVED", "referralId": "R-7"}}: a new referral in screening (a RED one is placed at once);
 * <li>{@code {"type": "WORKER_LEFT", "staffId": "S2", "at": "…"}}: their windows end at {@code at} (default now);
 * <li>{@code {"type": "PIN", "taskId": "R-7-1", "staffId": "S4", "start": "…"}}: keep a task where it is, or move it and keep it there;
 * <li>{@code {"type": "UNPIN", "taskId": "R-7-1"}}: let the planner move it again;
 * <li>{@code {"type": "REPLAN"}}: plan the rest of the day again with the roster and referrals as they are now.
 * </ul>
 */
record PlanChange(Type type, String referralId, String staffId, String taskId, Instant at, Instant start) {

    enum Type { REFERRAL_ARRIVED, WORKER_LEFT, PIN, UNPIN, REPLAN }

    private static final Map<Type, Set<String>> FIELDS = Map.of(
            Type.REFERRAL_ARRIVED, Set.of("type", "referralId"),
            Type.WORKER_LEFT, Set.of("type", "staffId", "at"),
            Type.PIN, Set.of("type", "taskId", "staffId", "start"),
            Type.UNPIN, Set.of("type", "taskId"),
            Type.REPLAN, Set.of("type"));
    private static final Set<String> ANY = Set.of("type", "referralId", "staffId", "taskId", "at", "start");

    /** @throws InvalidInputException naming every problem */
    static PlanChange read(String body) {
        JsonNode root = StrictJson.BODY.tree(body == null || body.isBlank() ? "{\"type\": \"REPLAN\"}" : body);
        JsonChecks c = new JsonChecks();
        PlanChange change = null;
        if (root != null && root.isObject()) {
            Type type = c.oneOf(root, "$", "type", true, Type.class);
            c.object(root, "$", type == null ? ANY : FIELDS.get(type));
            change = new PlanChange(type,
                    c.id(root, "$", "referralId", type == Type.REFERRAL_ARRIVED),
                    c.id(root, "$", "staffId", type == Type.WORKER_LEFT),
                    c.id(root, "$", "taskId", type == Type.PIN || type == Type.UNPIN),
                    c.instant(root, "$", "at", false),
                    c.instant(root, "$", "start", false));
            if (type == Type.PIN && root.hasNonNull("staffId") != root.hasNonNull("start")) {
                c.problem(root.hasNonNull("staffId") ? "$.start" : "$.staffId", "is required to move a task (give both, or neither to pin it where it is)");
            }
        } else {
            c.problem("$", "must be an object");
        }
        if (!c.problems().isEmpty()) {
            throw new InvalidInputException(c.problems());
        }
        return change;
    }

    /** What changed, in ids only (stored with the plan). */
    String summary() {
        return switch (type) {
            case REFERRAL_ARRIVED -> "referral " + referralId + " arrived";
            case WORKER_LEFT -> staffId + " left" + (at == null ? "" : " at " + at);
            case PIN -> taskId + " pinned" + (staffId == null ? "" : " to " + staffId + " at " + start);
            case UNPIN -> taskId + " unpinned";
            case REPLAN -> "re-planned";
        };
    }
}
