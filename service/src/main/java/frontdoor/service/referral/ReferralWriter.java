package frontdoor.service.referral;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The hot path of POST /api/v1/referrals in plain SQL: a profile under load showed Spring Data JDBC's
 * per-call mapping and SQL rendering at over a quarter of the request's CPU. Reads stay with
 * {@link ReferralRepository}, which maps the same tables.
 */
@Component
class ReferralWriter {
    private final JdbcClient jdbc;

    ReferralWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The body hash of a stored referral, if there is one. */
    Optional<String> bodyHash(String referralId) {
        return jdbc.sql("SELECT body_sha256 FROM referral WHERE referral_id = ?").param(referralId).query(String.class).optional();
    }

    /** Inserts the referral and its recommendation; the referral's generated key. */
    long insert(ReferralRecord r) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO referral (referral_id, body, body_sha256, status, rag, threshold_level, pathway, received_at,
                                              due_by, policy_version, created_at, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.referralId(), r.body(), r.bodySha256(), r.status().name(), r.rag().name(), r.thresholdLevel(), r.pathway(),
                        utc(r.receivedAt()), utc(r.dueBy()), r.policyVersion(), utc(r.createdAt()), r.createdBy())
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        jdbc.sql("INSERT INTO recommendation (referral, body, policy_version) VALUES (?, ?, ?)")
                .params(id, r.recommendation().body(), r.recommendation().policyVersion()).update();
        return id;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
