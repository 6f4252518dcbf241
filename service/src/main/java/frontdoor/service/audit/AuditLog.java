package frontdoor.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit trail. {@link #record} joins the caller's transaction, so an entry commits with
 * the change it records or not at all; the chain head is row-locked until that commit.
 */
@Component
public class AuditLog {
    private static final int PAGE = 1000;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final AuditKeys keys;
    private final AuditCheckpoints checkpoints;

    AuditLog(JdbcClient jdbc, JdbcTemplate batch, AuditKeys keys, AuditCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.keys = keys;
        this.checkpoints = checkpoints;
    }

    /** What happened: who did what to which subject; {@code detail} is a little JSON without personal data. */
    public record Event(String actor, AuditAction action, String subject, String detail) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(String actor, AuditAction action, String subject, String detail) {
        return recordAll(List.of(new Event(actor, action, subject, detail))).get(0);
    }

    /** Appends the events in order, chained, with one lock of the head and one batch of inserts. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<AuditEntry> recordAll(List<Event> events) {
        var head = jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new AuditEntry(rs.getLong(1), null, null, null, null, null, null, rs.getString(2), null)).single();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<AuditEntry> entries = new ArrayList<>(events.size());
        AuditEntry last = head;
        for (Event e : events) {
            long seq = last.seq() + 1;
            String hash = AuditEntry.seal(keys, keys.currentId(), seq, at, e.actor(), e.action().name(), e.subject(), e.detail(), last.hash());
            last = new AuditEntry(seq, at, e.actor(), e.action().name(), e.subject(), e.detail(), last.hash(), hash, keys.currentId());
            entries.add(last);
        }
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        batch.batchUpdate("INSERT INTO audit_entry (seq, at, actor, action, subject, detail, prev_hash, hash, key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entries.stream().map(x -> new Object[] {x.seq(), when, x.actor(), x.action(), x.subject(), x.detail(), x.prevHash(), x.hash(),
                        x.keyId()}).toList());
        jdbc.sql("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1").params(last.seq(), last.hash()).update();
        return entries;
    }

    /** Walks the whole chain in order against the keys and the checkpoints this instance logged. */
    @Transactional(readOnly = true)
    public Verification verify() {
        return verify(Map.of());
    }

    /**
     * Walks the whole chain in order; the first entry that is missing, altered, mislinked, not sealed with the
     * audit key or unlike a checkpoint (those {@code logged}, seq to hash, and this instance's own) breaks it.
     */
    @Transactional(readOnly = true)
    public Verification verify(Map<Long, String> logged) {
        Map<Long, String> known = new HashMap<>(checkpoints.written());
        known.putAll(logged);
        ChainCheck check = new ChainCheck(keys, known);
        List<AuditEntry> page;
        boolean going = true;
        do {
            page = jdbc.sql("SELECT * FROM audit_entry WHERE seq >= ? ORDER BY seq LIMIT " + PAGE)
                    .param(check.nextSeq()).query(AuditLog::entry).list();
            for (int i = 0; i < page.size() && going; i++) {
                going = check.accept(page.get(i));
            }
        } while (going && page.size() == PAGE);
        var head = jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1").query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        return check.end((Long) head[0], (String) head[1]);
    }

    /**
     * Records the key new entries are sealed with when it is not the one the last sealed entry used (the first
     * key, or a rotation), under the head's lock so that instances starting together record it once.
     */
    @Transactional
    public void recordKeyInUse() {
        jdbc.sql("SELECT seq FROM audit_head WHERE id = 1 FOR UPDATE").query(Long.class).single();
        Optional<String> last = jdbc.sql("SELECT key_id FROM audit_entry WHERE key_id IS NOT NULL ORDER BY seq DESC LIMIT 1")
                .query(String.class).optional();
        if (last.isEmpty() || !last.get().equals(keys.currentId())) {
            record("system", AuditAction.AUDIT_KEY_ROTATED, keys.currentId(),
                    last.map(id -> "{\"from\":\"" + id + "\"}").orElse("{\"from\":null}"));
        }
    }

    /** The latest entry with this action, if any. */
    @Transactional(readOnly = true)
    public Optional<AuditEntry> latest(AuditAction action) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE action = ? ORDER BY seq DESC LIMIT 1").param(action.name())
                .query(AuditLog::entry).optional();
    }

    static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject"), rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"),
                rs.getString("key_id"));
    }
}
