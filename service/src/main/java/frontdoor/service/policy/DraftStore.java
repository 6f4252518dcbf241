package frontdoor.service.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Drafts and every saved revision of their files; a file's text is its latest revision. */
@Component
class DraftStore {
    private final JdbcClient jdbc;

    DraftStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new draft holding the files of {@code basedOn} as revision 0; call within a transaction. */
    void insert(PolicyDraft d, Map<String, String> files) {
        jdbc.sql("""
                INSERT INTO policy_draft (draft_id, state, revision, created_by, created_at, based_on, note)
                VALUES (?, ?, 0, ?, ?, ?, ?)""")
                .params(d.draftId(), PolicyDraft.State.DRAFT.name(), d.createdBy(), PolicyStore.utc(d.createdAt()), d.basedOn(), d.note())
                .update();
        files.forEach((name, body) -> insertFile(d.draftId(), name, 0, body, d.createdBy(), d.createdAt()));
    }

    List<PolicyDraft> drafts() {
        return jdbc.sql("SELECT * FROM policy_draft ORDER BY created_at, draft_id").query(DraftStore::draft).list();
    }

    /** The draft, locked until the transaction ends when {@code lock}. */
    Optional<PolicyDraft> draft(String draftId, boolean lock) {
        return jdbc.sql("SELECT * FROM policy_draft WHERE draft_id = ?" + (lock ? " FOR UPDATE" : "")).param(draftId)
                .query(DraftStore::draft).optional();
    }

    /** Each file's latest revision. */
    Map<String, String> files(String draftId) {
        Map<String, String> files = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT f.name, f.body FROM policy_draft_file f
                WHERE f.draft_id = ? AND f.revision = (SELECT MAX(g.revision) FROM policy_draft_file g WHERE g.draft_id = f.draft_id AND g.name = f.name)
                ORDER BY f.name""").param(draftId)
                .query((ResultSet rs) -> {
                    files.put(rs.getString(1), rs.getString(2));
                });
        return files;
    }

    /** Saves a file as the draft's next revision and voids any approval; returns the revision. Call within a transaction. */
    int save(String draftId, String name, String body, String actor, Instant at) {
        int revision = jdbc.sql("SELECT revision FROM policy_draft WHERE draft_id = ? FOR UPDATE").param(draftId).query(Integer.class).single() + 1;
        insertFile(draftId, name, revision, body, actor, at);
        jdbc.sql("""
                UPDATE policy_draft SET revision = ?, state = ?, approved_by = NULL, approved_revision = NULL,
                approval_reference = NULL, approval_note = NULL WHERE draft_id = ?""")
                .params(revision, PolicyDraft.State.DRAFT.name(), draftId).update();
        return revision;
    }

    /** Everyone who made the draft or saved a file of it (the draft's authors, for four-eyes). */
    List<String> authors(String draftId) {
        return jdbc.sql("SELECT DISTINCT saved_by FROM policy_draft_file WHERE draft_id = ?").param(draftId).query(String.class).list();
    }

    void approve(String draftId, String by, int revision, String reference, String note) {
        jdbc.sql("""
                UPDATE policy_draft SET state = ?, approved_by = ?, approved_revision = ?, approval_reference = ?, approval_note = ?
                WHERE draft_id = ?""").params(PolicyDraft.State.APPROVED.name(), by, revision, reference, note, draftId).update();
    }

    void published(String draftId, String versionId) {
        jdbc.sql("UPDATE policy_draft SET state = ?, version_id = ? WHERE draft_id = ?")
                .params(PolicyDraft.State.PUBLISHED.name(), versionId, draftId).update();
    }

    private void insertFile(String draftId, String name, int revision, String body, String actor, Instant at) {
        jdbc.sql("INSERT INTO policy_draft_file (draft_id, name, revision, body, saved_by, saved_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(draftId, name, revision, body, actor, PolicyStore.utc(at)).update();
    }

    private static PolicyDraft draft(ResultSet rs, int row) throws SQLException {
        return new PolicyDraft(rs.getString("draft_id"), PolicyDraft.State.valueOf(rs.getString("state")), rs.getInt("revision"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("based_on"),
                rs.getString("note"), rs.getString("approved_by"), (Integer) rs.getObject("approved_revision"),
                rs.getString("approval_reference"), rs.getString("approval_note"), rs.getString("version_id"));
    }
}
