package frontdoor.service.referral;

import frontdoor.rules.Agency;
import frontdoor.rules.RagRating;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The screening queue: referrals by due time, earliest first, optionally of one status and RAG; with each the
 * agencies whose checks are still open (what it waits for) and those of them past their due time now.
 */
@Component
class ReferralQueue {
    private final JdbcClient jdbc;
    private final Clock clock;

    ReferralQueue(JdbcClient jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * One line of the queue; no personal data. {@code needsReview}: a revision after the decision differs from it;
     * {@code waitingFor}: the agencies with a check still open; {@code overdueChecks}: the open checks past their due time.
     */
    public record Item(String referralId, ReferralStatus status, RagRating rag, int thresholdLevel, String pathway,
                       Instant screeningDueBy, Instant receivedAt, boolean needsReview, List<Agency> waitingFor,
                       List<OverdueCheck> overdueChecks) {
    }

    /** An open check past its due time. */
    public record OverdueCheck(String checkId, Agency agency, Instant dueBy) {
    }

    private record OpenCheck(String referralId, OverdueCheck check) {
    }

    public record Page(List<Item> items, int page, int size, long totalItems) {
    }

    /**
     * What awaits a decision now: how many, how many RED, how many past their due time; and the open checks of
     * those referrals that are past their due time, with how many agencies they wait on.
     */
    public record Summary(long awaiting, long red, long overdue, long overdueChecks, long agenciesOverdue) {
    }

    @Transactional(readOnly = true)
    Summary summary(Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        Summary referrals = jdbc.sql("SELECT COUNT(*), COALESCE(SUM(CASE WHEN rag = 'RED' THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN due_by < ? THEN 1 ELSE 0 END), 0) FROM referral WHERE status = ?")
                .params(at, ReferralStatus.AWAITING_DECISION.name())
                .query((rs, n) -> new Summary(rs.getLong(1), rs.getLong(2), rs.getLong(3), 0, 0))
                .single();
        return jdbc.sql("SELECT COUNT(*), COUNT(DISTINCT c.agency) FROM referral_check c JOIN referral r ON r.id = c.referral"
                        + " WHERE c.status = 'OPEN' AND c.due_by < ? AND r.status = ?")
                .params(at, ReferralStatus.AWAITING_DECISION.name())
                .query((rs, n) -> new Summary(referrals.awaiting(), referrals.red(), referrals.overdue(), rs.getLong(1), rs.getLong(2)))
                .single();
    }

    @Transactional(readOnly = true)
    Page page(ReferralStatus status, RagRating rag, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (status != null) {
            where.append(" AND status = ?");
            params.add(status.name());
        }
        if (rag != null) {
            where.append(" AND rag = ?");
            params.add(rag.name());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM referral" + where).params(params).query(Long.class).single();
        Instant now = clock.instant();
        List<Item> items = jdbc.sql("SELECT referral_id, status, rag, threshold_level, pathway, due_by, received_at, needs_review FROM referral"
                        + where + " ORDER BY due_by, id LIMIT " + size + " OFFSET " + ((long) page * size))
                .params(params)
                .query((rs, n) -> new Item(rs.getString(1), ReferralStatus.valueOf(rs.getString(2)), RagRating.valueOf(rs.getString(3)),
                        rs.getInt(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
                        rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getBoolean(8), List.of(), List.of()))
                .list();
        Map<String, List<OverdueCheck>> open = openChecks(items.stream().map(Item::referralId).toList());
        List<Item> waiting = items.stream().map(i -> {
            List<OverdueCheck> checks = open.getOrDefault(i.referralId(), List.of());
            return new Item(i.referralId(), i.status(), i.rag(), i.thresholdLevel(), i.pathway(), i.screeningDueBy(), i.receivedAt(),
                    i.needsReview(), checks.stream().map(OverdueCheck::agency).distinct().sorted().toList(),
                    checks.stream().filter(c -> c.dueBy().isBefore(now)).toList());
        }).toList();
        return new Page(waiting, page, size, total);
    }

    /** The open checks of these referrals, by referral id, in the contract's order of agencies. */
    private Map<String, List<OverdueCheck>> openChecks(List<String> referralIds) {
        if (referralIds.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(", ", Collections.nCopies(referralIds.size(), "?"));
        return jdbc.sql("SELECT r.referral_id, c.check_id, c.agency, c.due_by FROM referral_check c JOIN referral r ON r.id = c.referral"
                        + " WHERE c.status = 'OPEN' AND r.referral_id IN (" + marks + ")")
                .params(referralIds)
                .query((rs, n) -> new OpenCheck(rs.getString(1), new OverdueCheck(rs.getString(2), Agency.valueOf(rs.getString(3)),
                        rs.getObject(4, OffsetDateTime.class).toInstant())))
                .list().stream()
                .sorted(Comparator.comparing((OpenCheck c) -> c.check().agency()).thenComparing(c -> c.check().checkId()))
                .collect(Collectors.groupingBy(OpenCheck::referralId, Collectors.mapping(OpenCheck::check, Collectors.toList())));
    }
}
