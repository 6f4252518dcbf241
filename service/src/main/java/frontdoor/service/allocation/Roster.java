package frontdoor.service.allocation;

import frontdoor.planner.PlanInput.Staff;
import frontdoor.rules.Json;
import frontdoor.rules.StrictJson;
import frontdoor.service.audit.AuditAction;
import frontdoor.service.audit.AuditLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Today's team as stored: each staff member as the plan input's staff JSON. Every change is in the audit
 * trail, written in the same transaction (the caller's, when it has one: a plan change that ends a
 * worker's windows commits them with its plan revision or not at all).
 */
@Component
public class Roster {
    private final JdbcClient jdbc;
    private final AuditLog audit;

    Roster(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Everyone, by id. */
    public List<Staff> all() {
        return jdbc.sql("SELECT body FROM roster_staff ORDER BY staff_id").query((rs, n) -> read(rs.getString(1))).list();
    }

    public Optional<Staff> find(String staffId) {
        return jdbc.sql("SELECT body FROM roster_staff WHERE staff_id = ?").param(staffId).query((rs, n) -> read(rs.getString(1))).optional();
    }

    /** Adds or replaces a staff member; true when they are new. */
    @Transactional
    public boolean put(Staff staff, String actor) {
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE roster_staff SET body = ?, updated_at = ?, updated_by = ? WHERE staff_id = ?")
                .params(write(staff), now, actor, staff.id()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO roster_staff (staff_id, body, updated_at, updated_by) VALUES (?, ?, ?, ?)")
                    .params(staff.id(), write(staff), now, actor).update();
        }
        audit.record(actor, AuditAction.ROSTER_CHANGED, staff.id(), AuditDetail.of("staffId", staff.id(), "added", updated == 0));
        return updated == 0;
    }

    /** True when there was such a staff member. */
    @Transactional
    public boolean delete(String staffId, String actor) {
        boolean deleted = jdbc.sql("DELETE FROM roster_staff WHERE staff_id = ?").param(staffId).update() > 0;
        if (deleted) {
            audit.record(actor, AuditAction.ROSTER_REMOVED, staffId, AuditDetail.of("staffId", staffId));
        }
        return deleted;
    }

    static Staff read(String json) {
        return StrictJson.DOCUMENT.value(json, Staff.class);
    }

    static String write(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
