package frontdoor.service.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trail as auditors read it: the entries matching an {@link AuditFilter}, oldest first, a page at a time.
 * One query serves both {@code GET /api/v1/audit} and the {@code /audit} page, so they always agree.
 */
@Component
public class AuditTrail {
    public static final int MAX_PAGE_SIZE = 1000;
    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of matching entries ({@code page} counts from 0) and how many match in all. */
    public record Page(List<AuditEntry> entries, int page, int size, long totalEntries) {

        public int pages() {
            return (int) Math.max(1, (totalEntries + size - 1) / size);
        }
    }

    /** Every entry about one subject (a referral, plan, staff member or policy version), oldest first. */
    public List<AuditEntry> about(String subject) {
        return page(new AuditFilter(subject, null, null, null, null), 0, MAX_PAGE_SIZE).entries();
    }

    @Transactional(readOnly = true)
    public Page page(AuditFilter filter, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page from 0, size from 1 to " + MAX_PAGE_SIZE);
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        condition(where, params, "subject = ?", filter.subject());
        condition(where, params, "actor = ?", filter.actor());
        condition(where, params, "action = ?", filter.action() == null ? null : filter.action().name());
        condition(where, params, "at >= ?", filter.from() == null ? null : OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        condition(where, params, "at < ?", filter.until() == null ? null : OffsetDateTime.ofInstant(filter.until(), ZoneOffset.UTC));
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where).params(params).query(Long.class).single();
        List<AuditEntry> entries = jdbc.sql("SELECT * FROM audit_entry" + where + " ORDER BY seq LIMIT " + size
                        + " OFFSET " + ((long) page * size))
                .params(params).query(AuditLog::entry).list();
        return new Page(entries, page, size, total);
    }

    private static void condition(StringBuilder where, List<Object> params, String sql, Object value) {
        if (value != null) {
            where.append(" AND ").append(sql);
            params.add(value);
        }
    }
}
