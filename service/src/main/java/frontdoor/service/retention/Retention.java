package frontdoor.service.retention;

import frontdoor.service.audit.AuditAction;
import frontdoor.service.audit.AuditLog;
import frontdoor.service.policy.PolicyHolder;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * One retention run, on the clock it is given: stored plans older than {@code plansDays} days are removed
 * (never one still solving); decided referrals received more than {@code referralMonths} months ago are
 * anonymised ({@link Scrub}): in the referral, every revision's input, what the agencies found and the
 * decision's free text; the age band and every output (levels, ratings, pathways, actions, due times)
 * stay for statistics, and the referral id stays so the audit trail still reads. The run is one transaction
 * and one audit entry ({@code RETENTION_RUN}, counts only); the audit trail itself is never touched.
 */
public class Retention {
    /** Referrals are never anonymised sooner: repeat-referral counts look back 12 months. */
    public static final int MIN_REFERRAL_MONTHS = 12;
    /** The condition, on table {@code referral}, of a referral still whole (replays and comparisons take only these). */
    public static final String NOT_ANONYMISED = "anonymised_at IS NULL";
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final PolicyHolder policy;
    private final Clock clock;
    private final int plansDays;
    private final Integer referralMonths;

    /** What one run did. */
    public record Run(int plansRemoved, int referralsAnonymised, int oldReferralsStillOpen) {
    }

    Retention(JdbcClient jdbc, AuditLog audit, PolicyHolder policy, Clock clock, int plansDays, Integer referralMonths) {
        if (plansDays < 1) {
            throw new IllegalArgumentException("frontdoor.retention.plan-days must be 1 or more");
        }
        if (referralMonths != null && referralMonths < MIN_REFERRAL_MONTHS) {
            throw new IllegalArgumentException("frontdoor.retention.referral-months is " + referralMonths + ": never under "
                    + MIN_REFERRAL_MONTHS + ", so that repeat-referral counts stay right (docs/operations.md)");
        }
        this.jdbc = jdbc;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
        this.plansDays = plansDays;
        this.referralMonths = referralMonths;
    }

    @Transactional
    public Run run() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int plans = jdbc.sql("DELETE FROM allocation_plan WHERE created_at < ? AND status <> 'SOLVING'")
                .param(utc(now.minus(plansDays, ChronoUnit.DAYS))).update();
        int anonymised = 0;
        int open = 0;
        if (referralMonths != null) {
            ZoneId zone = policy.current().zone();
            OffsetDateTime cutoff = utc(now.atZone(zone).minusMonths(referralMonths).toInstant());
            List<Long> due = jdbc.sql("SELECT id FROM referral WHERE " + NOT_ANONYMISED + " AND received_at < ? AND status = 'DECIDED' ORDER BY id")
                    .param(cutoff).query(Long.class).list();
            for (long id : due) {
                anonymised += anonymise(id, zone, now) ? 1 : 0;
            }
            open = jdbc.sql("SELECT COUNT(*) FROM referral WHERE " + NOT_ANONYMISED + " AND received_at < ? AND status <> 'DECIDED'")
                    .param(cutoff).query(Integer.class).single();
        }
        audit.record("system", AuditAction.RETENTION_RUN, "retention", "{\"plansRemoved\":" + plans + ",\"planDays\":" + plansDays
                + ",\"referralsAnonymised\":" + anonymised + ",\"referralMonths\":" + referralMonths
                + ",\"oldReferralsStillOpen\":" + open + "}");
        return new Run(plans, anonymised, open);
    }

    /** Anonymises one referral, unless another instance's run has just done it. */
    private boolean anonymise(long id, ZoneId zone, Instant now) {
        String anonymousChild = "ANON-" + id;
        var locked = jdbc.sql("SELECT body FROM referral WHERE id = ? AND " + NOT_ANONYMISED + " FOR UPDATE").param(id).query(String.class).optional();
        if (locked.isEmpty()) {
            return false;
        }
        String body = locked.get();
        jdbc.sql("UPDATE referral SET body = ?, child_id = NULL, family_id = NULL, age_band = ?, anonymised_at = ? WHERE id = ?")
                .params(Scrub.text(body, anonymousChild), Scrub.ageBand(body, zone), utc(now), id).update();
        jdbc.sql("SELECT revision, input FROM revision WHERE referral = ?").param(id)
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getString(2)}).list()
                .forEach(r -> jdbc.sql("UPDATE revision SET input = ? WHERE referral = ? AND revision = ?")
                        .params(Scrub.text((String) r[1], anonymousChild), id, r[0]).update());
        jdbc.sql("SELECT id, body FROM gathered WHERE referral = ?").param(id)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list()
                .forEach(g -> jdbc.sql("UPDATE gathered SET body = ? WHERE id = ?").params(Scrub.text((String) g[1], anonymousChild), g[0]).update());
        jdbc.sql("UPDATE decision SET rationale = CASE WHEN rationale IS NULL THEN NULL ELSE ? END,"
                        + " amendment_reason = CASE WHEN amendment_reason IS NULL THEN NULL ELSE ? END WHERE referral = ?")
                .params(Scrub.REMOVED, Scrub.REMOVED, id).update();
        jdbc.sql("UPDATE decision_sign_off SET comment = CASE WHEN comment IS NULL THEN NULL ELSE ? END WHERE referral = ?")
                .params(Scrub.REMOVED, id).update();
        return true;
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
