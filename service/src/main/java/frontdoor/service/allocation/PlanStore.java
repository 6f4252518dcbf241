package frontdoor.service.allocation;

import frontdoor.planner.Plan;
import frontdoor.planner.PlanInput;
import frontdoor.rules.StrictJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plans in the database, each with the input it solves and its best plan so far. A solver writes only
 * the revision it was started for, so a plan that has been re-planned is never overwritten by the solver
 * it replaced.
 */
@Component
class PlanStore {
    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    enum Status { SOLVING, DONE, STOPPED, INTERRUPTED, FAILED }

    /** A stored plan; {@code plan} is null until the first one is written. */
    record Stored(String id, Status status, int revision, PlanInput input, Plan plan, String lastChange,
                  Instant createdAt, String createdBy, Instant updatedAt) {
    }

    void insert(String id, PlanInput input, Plan plan, String change, String actor) {
        OffsetDateTime now = now();
        jdbc.sql("""
                        INSERT INTO allocation_plan (id, status, revision, input, plan, score, last_change, created_at, created_by, updated_at)
                        VALUES (?, 'SOLVING', 1, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, write(input), write(plan), plan.score(), change, now, actor, now).update();
    }

    /** A re-plan: the new revision, its input and its first plan. */
    void revise(String id, int revision, PlanInput input, Plan plan, String change) {
        jdbc.sql("UPDATE allocation_plan SET status = 'SOLVING', revision = ?, input = ?, plan = ?, score = ?, last_change = ?, updated_at = ? WHERE id = ?")
                .params(revision, write(input), write(plan), plan.score(), change, now(), id).update();
    }

    /** A better plan for this revision. */
    void best(String id, int revision, Plan plan) {
        jdbc.sql("UPDATE allocation_plan SET plan = ?, score = ?, updated_at = ? WHERE id = ? AND revision = ?")
                .params(write(plan), plan.score(), now(), id, revision).update();
    }

    /** The revision's solving has ended. */
    void finish(String id, int revision, Status status) {
        jdbc.sql("UPDATE allocation_plan SET status = ?, updated_at = ? WHERE id = ? AND revision = ? AND status = 'SOLVING'")
                .params(status.name(), now(), id, revision).update();
    }

    Optional<Stored> find(String id) {
        return jdbc.sql("SELECT * FROM allocation_plan WHERE id = ?").param(id).query(PlanStore::stored).optional();
    }

    /** The latest plans, newest first, without their input and plan bodies. */
    List<Stored> latest(int limit) {
        return jdbc.sql("SELECT id, status, revision, last_change, created_at, created_by, updated_at FROM allocation_plan ORDER BY created_at DESC LIMIT ?")
                .param(limit)
                .query((rs, n) -> new Stored(rs.getString("id"), Status.valueOf(rs.getString("status")), rs.getInt("revision"), null, null,
                        rs.getString("last_change"), instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "updated_at")))
                .list();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        String plan = rs.getString("plan");
        return new Stored(rs.getString("id"), Status.valueOf(rs.getString("status")), rs.getInt("revision"),
                read(rs.getString("input"), PlanInput.class), plan == null ? null : read(plan, Plan.class), rs.getString("last_change"),
                instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
    }

    private static String write(Object value) {
        return Roster.write(value);
    }

    private static <T> T read(String json, Class<T> type) {
        return StrictJson.DOCUMENT.value(json, type);
    }
}
