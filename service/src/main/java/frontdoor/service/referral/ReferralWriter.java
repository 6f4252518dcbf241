package frontdoor.service.referral;

import frontdoor.planner.domain.TaskKind;
import frontdoor.service.audit.AuditLog;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hot path of POST /api/v1/referrals in plain SQL, in batches: a profile under load showed Spring
 * Data JDBC's per-call mapping and SQL rendering at over a quarter of the request's CPU. Reads stay with
 * {@link ReferralRepository}, which maps the same tables.
 */
@Component
class ReferralWriter {
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final AuditLog audit;

    ReferralWriter(JdbcClient jdbc, JdbcTemplate batch, AuditLog audit) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.audit = audit;
    }

    /**
     * A referral to store with the audit entry of its recommendation, and what arrival adds: who it is about
     * (for the service's own records), the input evaluated (revision 1) and the checks of its pathway.
     */
    record Pending(ReferralRecord referral, AuditLog.Event event, String childId, String familyId, String input,
                   List<TaskKind> checks) {
    }

    /** What arrival and gathering added to a referral: who it is about, the latest recommendation, the review flag. */
    record About(String childId, String familyId, String recommendation, boolean needsReview) {
    }

    About about(long referral) {
        return jdbc.sql("""
                        SELECT r.child_id, r.family_id, COALESCE(v.recommendation, c.body), r.needs_review FROM referral r
                        JOIN recommendation c ON c.referral = r.id
                        LEFT JOIN revision v ON v.referral = r.id AND v.revision = (SELECT MAX(revision) FROM revision WHERE referral = r.id)
                        WHERE r.id = ?""").param(referral)
                .query((rs, n) -> new About(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4))).single();
    }

    /**
     * Inserts the referrals whose id is not stored yet (revision 1 without its recommendation: it is the one in
     * {@code recommendation}, kept once; {@link ReferralRecord.StoredRecommendation#OF_REVISION} reads it back), with their recommendations and audit entries, in the
     * caller's transaction; returns those inserted. A referral left out was stored before (or earlier in the
     * list): the idempotency check and the insert are one statement, so a first send pays for no look-up.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Pending> insert(List<Pending> all) {
        int[] inserted = batch.batchUpdate("""
                        INSERT INTO referral (referral_id, body, body_sha256, status, rag, threshold_level, pathway, received_at,
                                              due_by, policy_version, created_at, created_by, child_id, family_id)
                        SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                        WHERE NOT EXISTS (SELECT 1 FROM referral WHERE referral_id = ?)""",
                all.stream().map(p -> {
                    ReferralRecord r = p.referral();
                    return new Object[] {r.referralId(), r.body(), r.bodySha256(), r.status().name(), r.rag().name(), r.thresholdLevel(),
                            r.pathway(), utc(r.receivedAt()), utc(r.dueBy()), r.policyVersion(), utc(r.createdAt()), r.createdBy(),
                            p.childId(), p.familyId(), r.referralId()};
                }).toList());
        List<Pending> pending = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            if (inserted[i] == 1) {
                pending.add(all.get(i));
            } else if (inserted[i] != 0) {
                // A driver that does not say whether the row went in (SUCCESS_NO_INFO) could make a repeat a second arrival.
                throw new IllegalStateException("the database did not say whether a referral was stored (" + inserted[i] + ")");
            }
        }
        if (pending.isEmpty()) {
            return pending;
        }
        batch.batchUpdate("INSERT INTO recommendation (referral, body, policy_version) SELECT id, ?, ? FROM referral WHERE referral_id = ?",
                pending.stream().map(Pending::referral).map(r -> new Object[] {r.recommendation().body(),
                        r.recommendation().policyVersion(), r.referralId()}).toList());
        batch.batchUpdate("""
                        INSERT INTO revision (referral, revision, at, by_user, cause, input, recommendation, changes, policy_version, due_by)
                        SELECT id, 1, ?, ?, 'arrival', ?, NULL, '[]', ?, ? FROM referral WHERE referral_id = ?""",
                pending.stream().map(p -> new Object[] {utc(p.referral().createdAt()), p.referral().createdBy(), p.input(),
                        p.referral().policyVersion(), utc(p.referral().dueBy()), p.referral().referralId()}).toList());
        batch.batchUpdate("""
                        INSERT INTO referral_check (referral, check_id, agency, status, due_by, created_at)
                        SELECT id, ?, ?, 'OPEN', ?, ? FROM referral WHERE referral_id = ?""",
                pending.stream().flatMap(p -> p.checks().stream().map(k -> new Object[] {k.name(), CheckKinds.agency(k).name(),
                        utc(p.referral().dueBy()), utc(p.referral().createdAt()), p.referral().referralId()})).toList());
        audit.recordAll(pending.stream().map(Pending::event).toList());
        return pending;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
