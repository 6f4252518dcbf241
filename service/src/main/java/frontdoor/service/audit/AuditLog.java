package frontdoor.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
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

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(String actor, AuditAction action, String subject, String detail) {
        var head = jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long seq = (Long) head[0] + 1;
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String prev = (String) head[1];
        String hash = AuditEntry.hash(seq, at, actor, action.name(), subject, detail, prev);
        jdbc.sql("INSERT INTO audit_entry (seq, at, actor, action, subject, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(seq, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), actor, action.name(), subject, detail, prev, hash)
                .update();
        jdbc.sql("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1").params(seq, hash).update();
        return new AuditEntry(seq, at, actor, action.name(), subject, detail, prev, hash);
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

    /** The entries about one subject (a referral id or policy version), oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> about(String subject) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE subject = ? ORDER BY seq").param(subject).query(AuditLog::entry).list();
    }

    /** The latest entry with this action, if any. */
    @Transactional(readOnly = true)
    public Optional<AuditEntry> latest(AuditAction action) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE action = ? ORDER BY seq DESC LIMIT 1").param(action.name())
                .query(AuditLog::entry).optional();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject"), rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
