package frontdoor.service.gathering;

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
 * The record of what was gathered for a referral, in the order it was recorded. Entries are only ever
 * inserted: a correction is a new entry that supersedes an earlier one, which stays and no longer counts.
 */
@Component
class Gathered {
    private final JdbcClient jdbc;

    Gathered(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    enum Kind { CHECK_RESULT, INFORMATION, CONSENT }

    /** One entry; {@code body} is the JSON as received (notes and summaries in it are never logged). */
    record Entry(long id, Kind kind, String checkId, String agency, String body, Long supersedes, String recordedBy,
                 Instant recordedAt) {
    }

    List<Entry> of(long referral) {
        return jdbc.sql("SELECT id, kind, check_id, agency, body, supersedes, recorded_by, recorded_at FROM gathered WHERE referral = ? ORDER BY id")
                .param(referral)
                .query((rs, n) -> new Entry(rs.getLong(1), Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, Long.class), rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The entries that count: those no later entry supersedes. */
    List<Entry> counting(long referral) {
        List<Entry> all = of(referral);
        List<Long> replaced = all.stream().map(Entry::supersedes).filter(java.util.Objects::nonNull).toList();
        return all.stream().filter(e -> !replaced.contains(e.id())).toList();
    }

    Optional<Entry> find(long referral, long id) {
        return of(referral).stream().filter(e -> e.id() == id).findFirst();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long add(long referral, Kind kind, String checkId, String agency, String body, Long supersedes, String by, Instant at) {
        jdbc.sql("INSERT INTO gathered (referral, kind, check_id, agency, body, supersedes, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(referral, kind.name(), checkId, agency, body, supersedes, by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
        return jdbc.sql("SELECT MAX(id) FROM gathered WHERE referral = ?").param(referral).query(Long.class).single();
    }
}
