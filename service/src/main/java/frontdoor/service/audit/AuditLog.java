package frontdoor.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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

    AuditLog(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
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
                .query((rs, n) -> new AuditEntry(rs.getLong(1), null, null, null, null, null, null, rs.getString(2))).single();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<AuditEntry> entries = new ArrayList<>(events.size());
        AuditEntry last = head;
        for (Event e : events) {
            long seq = last.seq() + 1;
            String hash = AuditEntry.hash(seq, at, e.actor(), e.action().name(), e.subject(), e.detail(), last.hash());
            last = new AuditEntry(seq, at, e.actor(), e.action().name(), e.subject(), e.detail(), last.hash(), hash);
            entries.add(last);
        }
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        batch.batchUpdate("INSERT INTO audit_entry (seq, at, actor, action, subject, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                entries.stream().map(x -> new Object[] {x.seq(), when, x.actor(), x.action(), x.subject(), x.detail(), x.prevHash(), x.hash()}).toList());
        jdbc.sql("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1").params(last.seq(), last.hash()).update();
        return entries;
    }

    /** Walks the whole chain in order; the first entry that is missing, altered or mislinked breaks it. */
    @Transactional(readOnly = true)
    public Verification verify() {
        String prevHash = AuditEntry.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        List<AuditEntry> page;
        do {
            page = jdbc.sql("SELECT * FROM audit_entry WHERE seq >= ? ORDER BY seq LIMIT " + PAGE)
                    .param(expectedSeq).query(AuditLog::entry).list();
            for (AuditEntry e : page) {
                if (e.seq() != expectedSeq) {
                    return Verification.broken(checked, expectedSeq, "entry " + expectedSeq + " is missing");
                }
                if (!e.prevHash().equals(prevHash)) {
                    return Verification.broken(checked, e.seq(), "does not link to the entry before it");
                }
                if (!e.hash().equals(e.expectedHash())) {
                    return Verification.broken(checked, e.seq(), "its content does not match its hash");
                }
                prevHash = e.hash();
                expectedSeq++;
                checked++;
            }
        } while (page.size() == PAGE);
        var head = jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1").query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        if ((Long) head[0] != checked || !head[1].equals(prevHash)) {
            return Verification.broken(checked, checked + 1, "the chain ends before its recorded head " + head[0]);
        }
        return Verification.ok(checked);
    }

    /** The latest entry with this action, if any. */
    @Transactional(readOnly = true)
    public Optional<AuditEntry> latest(AuditAction action) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE action = ? ORDER BY seq DESC LIMIT 1").param(action.name())
                .query(AuditLog::entry).optional();
    }

    static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject"), rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
