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
 * gathering feature keeps. The inputs carry notes: they are evaluated, never logged or shown.
 */
@Component
class PastReferrals {
    private final JdbcClient jdbc;

    PastReferrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Referrals received from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    List<Replay.Input> received(Instant from, Instant to) {
        List<Replay.Input> inputs = new ArrayList<>();
        jdbc.sql("""
                SELECT r.referral_id, v.input FROM referral r JOIN revision v ON v.referral = r.id
                WHERE r.received_at >= ? AND r.received_at < ?
                AND v.revision = (SELECT MAX(w.revision) FROM revision w WHERE w.referral = r.id)
                ORDER BY r.received_at, r.id""")
                .params(PolicyStore.utc(from), PolicyStore.utc(to))
                .query((ResultSet rs) -> {
                    inputs.add(new Replay.Input(rs.getString(1), rs.getString(2)));
                });
        return inputs;
    }
}
