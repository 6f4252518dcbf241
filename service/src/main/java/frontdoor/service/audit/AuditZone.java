package frontdoor.service.audit;

import java.time.ZoneId;

/**
 * The time zone in which the trail's dates (from, to, today) are whole days: the policy's. The policy feature
 * provides it, so the audit trail, which the policy feature records into, does not depend on it.
 */
public interface AuditZone {
    ZoneId zone();
}
