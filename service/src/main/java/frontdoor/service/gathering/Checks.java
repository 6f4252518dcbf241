package frontdoor.service.gathering;

import frontdoor.planner.domain.TaskKind;
import frontdoor.rules.Agency;
import frontdoor.service.referral.CheckKinds;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A referral's checks: each agency's look at its own records, as its pathway's recipe asks. Created on
 * arrival; a revision that changes the pathway adds the checks the new one needs. A done check stays done,
 * so the planner never plans it again.
 */
@Component
class Checks {
    private final JdbcClient jdbc;

    Checks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A check as the API shows it. */
    record Check(String checkId, String kind, Agency agency, String status, Instant dueBy, String doneBy, Instant doneAt) {
        boolean done() {
            return "DONE".equals(status);
        }
    }

    List<Check> of(long referral) {
        return jdbc.sql("SELECT check_id, agency, status, due_by, done_by, done_at FROM referral_check WHERE referral = ? ORDER BY check_id")
                .param(referral).query((rs, n) -> new Check(rs.getString(1), rs.getString(1), Agency.valueOf(rs.getString(2)), rs.getString(3),
                        instant(rs.getObject(4, OffsetDateTime.class)), rs.getString(5), instant(rs.getObject(6, OffsetDateTime.class))))
                .list();
    }

    Optional<Check> find(long referral, String checkId) {
        return of(referral).stream().filter(c -> c.checkId().equals(checkId)).findFirst();
    }

    /** Adds the checks the recipe asks for that the referral does not have yet; none is removed. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<String> add(long referral, List<TaskKind> kinds, Instant dueBy, Instant at) {
        List<String> have = of(referral).stream().map(Check::checkId).toList();
        List<TaskKind> added = kinds.stream().filter(k -> !have.contains(k.name())).toList();
        added.forEach(k -> jdbc.sql("INSERT INTO referral_check (referral, check_id, agency, status, due_by, created_at) VALUES (?, ?, ?, 'OPEN', ?, ?)")
                .params(referral, k.name(), CheckKinds.agency(k).name(), utc(dueBy), utc(at)).update());
        return added.stream().map(TaskKind::name).toList();
    }

    /** Open checks follow the referral's due time when a rise brings it forward. */
    @Transactional(propagation = Propagation.MANDATORY)
    void due(long referral, Instant dueBy) {
        jdbc.sql("UPDATE referral_check SET due_by = ? WHERE referral = ? AND status = 'OPEN' AND due_by > ?")
                .params(utc(dueBy), referral, utc(dueBy)).update();
    }

    /** Marks an open check done; false when it was done already (by someone at the same moment). */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean done(long referral, String checkId, String by, Instant at) {
        return jdbc.sql("UPDATE referral_check SET status = 'DONE', done_by = ?, done_at = ? WHERE referral = ? AND check_id = ? AND status = 'OPEN'")
                .params(by, utc(at), referral, checkId).update() == 1;
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
