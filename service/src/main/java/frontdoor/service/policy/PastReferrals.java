package frontdoor.service.policy;

import frontdoor.rules.Replay;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored referrals a draft is tried on: for each referral received in a period, the exact input its
 * latest revision evaluated (the referral with what was gathered since), read from the revisions the
 * gathering feature keeps (never one retention has anonymised); and, for a shadow run, the referrals as they arrive. The inputs carry notes:
 * they are evaluated, never logged or shown.
 */
@Component
class PastReferrals {
    static final int BATCH = 500;
    private final JdbcClient jdbc;

    PastReferrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Referrals received from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    List<Replay.Input> received(Instant from, Instant to) {
        List<Replay.Input> inputs = new ArrayList<>();
        jdbc.sql("""
                SELECT r.referral_id, v.input FROM referral r JOIN revision v ON v.referral = r.id
                WHERE r.received_at >= ? AND r.received_at < ? AND r.anonymised_at IS NULL
                AND v.revision = (SELECT MAX(w.revision) FROM revision w WHERE w.referral = r.id)
                ORDER BY r.received_at, r.id""")
                .params(PolicyStore.utc(from), PolicyStore.utc(to))
                .query((ResultSet rs) -> {
                    inputs.add(new Replay.Input(rs.getString(1), rs.getString(2)));
                });
        return inputs;
    }

    /** Referrals received in the period that retention has anonymised: left out, as they no longer hold what was evaluated. */
    int anonymised(Instant from, Instant to) {
        return jdbc.sql("SELECT COUNT(*) FROM referral WHERE received_at >= ? AND received_at < ? AND anonymised_at IS NOT NULL")
                .params(PolicyStore.utc(from), PolicyStore.utc(to)).query(Integer.class).single();
    }

    /** A referral as it arrived: its row id (ids grow as referrals are stored) and the input of its first revision. */
    record Arrived(long id, Replay.Input input) {
    }

    /** The latest referral's row id, 0 when none is stored. */
    long lastId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM referral").query(Long.class).single();
    }

    /** Referrals stored after row id {@code after}, in the order stored, at most {@link #BATCH} at a time. */
    List<Arrived> arrivedAfter(long after) {
        return jdbc.sql("""
                SELECT r.id, r.referral_id, v.input FROM referral r JOIN revision v ON v.referral = r.id AND v.revision = 1
                WHERE r.id > ? ORDER BY r.id FETCH FIRST %d ROWS ONLY""".formatted(BATCH)).param(after)
                .query((rs, n) -> new Arrived(rs.getLong(1), new Replay.Input(rs.getString(2), rs.getString(3)))).list();
    }
}
