package frontdoor.service.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Policy versions, their files and the one in force, in the database; versions are never changed but in state. */
@Component
class PolicyStore {
    private final JdbcClient jdbc;

    PolicyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> inForce() {
        return jdbc.sql("SELECT version_id FROM policy_in_force WHERE id = 1").query(String.class).optional();
    }

    List<PolicyVersion> versions() {
        return jdbc.sql("SELECT * FROM policy_version ORDER BY created_at, id").query(PolicyStore::version).list();
    }

    Optional<PolicyVersion> version(String id) {
        return jdbc.sql("SELECT * FROM policy_version WHERE id = ?").param(id).query(PolicyStore::version).optional();
    }

    Map<String, String> files(String versionId) {
        Map<String, String> files = new LinkedHashMap<>();
        jdbc.sql("SELECT name, body FROM policy_version_file WHERE version_id = ? ORDER BY name").param(versionId)
                .query((ResultSet rs) -> {
                    files.put(rs.getString(1), rs.getString(2));
                });
        return files;
    }

    /** Stores a new version (RETIRED until {@link #putInForce}) with its files; call within a transaction. */
    void insert(PolicyVersion v, Map<String, String> files) {
        jdbc.sql("""
                INSERT INTO policy_version (id, state, created_by, created_at, based_on, note, approved_by, approval_reference, four_eyes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(v.id(), PolicyVersion.State.RETIRED.name(), v.createdBy(), utc(v.createdAt()), v.basedOn(), v.note(),
                        v.approvedBy(), v.approvalReference(), v.fourEyes())
                .update();
        files.forEach((name, body) -> jdbc.sql("INSERT INTO policy_version_file (version_id, name, body) VALUES (?, ?, ?)")
                .params(v.id(), name, body).update());
    }

    /**
     * Puts a version in force: the one before is retired. The single row of policy_in_force is locked by the
     * update, so two publishes at once are applied one after the other. Call within a transaction.
     */
    void putInForce(String versionId, Instant at) {
        jdbc.sql("UPDATE policy_version SET state = ? WHERE state = ?")
                .params(PolicyVersion.State.RETIRED.name(), PolicyVersion.State.PUBLISHED.name()).update();
        jdbc.sql("UPDATE policy_version SET state = ? WHERE id = ?").params(PolicyVersion.State.PUBLISHED.name(), versionId).update();
        if (jdbc.sql("UPDATE policy_in_force SET version_id = ?, since = ? WHERE id = 1").params(versionId, utc(at)).update() == 0) {
            jdbc.sql("INSERT INTO policy_in_force (id, version_id, since) VALUES (1, ?, ?)").params(versionId, utc(at)).update();
        }
    }

    /** Locks the in-force row until the transaction ends (publishes are serialised on it). */
    Optional<String> lockInForce() {
        return jdbc.sql("SELECT version_id FROM policy_in_force WHERE id = 1 FOR UPDATE").query(String.class).optional();
    }

    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static PolicyVersion version(ResultSet rs, int row) throws SQLException {
        return new PolicyVersion(rs.getString("id"), PolicyVersion.State.valueOf(rs.getString("state")), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("based_on"), rs.getString("note"),
                rs.getString("approved_by"), rs.getString("approval_reference"), rs.getBoolean("four_eyes"));
    }
}
