package frontdoor.service.referral;

import frontdoor.rules.RagRating;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The screening queue: referrals by due time, earliest first, optionally of one status and RAG. */
@Component
class ReferralQueue {
    private final JdbcClient jdbc;

    ReferralQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line of the queue; no personal data. */
    public record Item(String referralId, ReferralStatus status, RagRating rag, int thresholdLevel, String pathway,
                       Instant screeningDueBy, Instant receivedAt) {
    }

    public record Page(List<Item> items, int page, int size, long totalItems) {
    }

    /** What awaits a decision now: how many, how many RED, how many past their due time. */
    public record Summary(long awaiting, long red, long overdue) {
    }

    @Transactional(readOnly = true)
    Summary summary(Instant now) {
        return jdbc.sql("SELECT COUNT(*), COALESCE(SUM(CASE WHEN rag = 'RED' THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN due_by < ? THEN 1 ELSE 0 END), 0) FROM referral WHERE status = ?")
                .params(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), ReferralStatus.AWAITING_DECISION.name())
                .query((rs, n) -> new Summary(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
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
        List<Item> items = jdbc.sql("SELECT referral_id, status, rag, threshold_level, pathway, due_by, received_at FROM referral"
                        + where + " ORDER BY due_by, id LIMIT " + size + " OFFSET " + ((long) page * size))
                .params(params)
                .query((rs, n) -> new Item(rs.getString(1), ReferralStatus.valueOf(rs.getString(2)), RagRating.valueOf(rs.getString(3)),
                        rs.getInt(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
                        rs.getObject(7, OffsetDateTime.class).toInstant()))
                .list();
        return new Page(items, page, size, total);
    }
}
