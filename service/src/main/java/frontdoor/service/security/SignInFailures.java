package frontdoor.service.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The {@link FailureCount}s of all instances, in table {@code sign_in_failure}. */
class SignInFailures {
    private static final String COLUMNS = "recent, failures, lockouts, locked_until, last_failure";
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    /** A user name as typed (the first 200 characters) and an address. */
    record Key(String name, String address) {
        Key {
            name = name.length() > 200 ? name.substring(0, 200) : name;
            address = address.length() > 64 ? address.substring(0, 64) : address;
        }
    }

    /** A count before and after a change. */
    record Change(FailureCount before, FailureCount after) {
    }

    SignInFailures(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    Optional<FailureCount> read(Key key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sign_in_failure WHERE user_name = ? AND address = ?")
                .param(key.name()).param(key.address()).query(SignInFailures::count).optional();
    }

    /** Changes the count under its row's lock, so failures on all instances at once are each counted. */
    Change change(Key key, UnaryOperator<FailureCount> change) {
        try {
            return tx.execute(s -> changeLocked(key, change));
        } catch (DuplicateKeyException e) {  // another instance stored the first failure at the same moment
            return tx.execute(s -> changeLocked(key, change));
        }
    }

    private Change changeLocked(Key key, UnaryOperator<FailureCount> change) {
        Optional<FailureCount> row = jdbc.sql("SELECT " + COLUMNS + " FROM sign_in_failure WHERE user_name = ? AND address = ? FOR UPDATE")
                .param(key.name()).param(key.address()).query(SignInFailures::count).optional();
        FailureCount before = row.orElse(FailureCount.NONE);
        FailureCount after = change.apply(before);
        if (after.equals(before)) {
            return new Change(before, after);
        }
        String sql = row.isPresent()
                ? "UPDATE sign_in_failure SET recent = ?, failures = ?, lockouts = ?, locked_until = ?, last_failure = ? WHERE user_name = ? AND address = ?"
                : "INSERT INTO sign_in_failure (" + COLUMNS + ", user_name, address) VALUES (?, ?, ?, ?, ?, ?, ?)";
        jdbc.sql(sql).param(after.recent().stream().map(Instant::toString).collect(Collectors.joining(",")))
                .param(after.failures()).param(after.lockouts())
                .param(after.lockedUntil().equals(Instant.MIN) ? null : utc(after.lockedUntil()))
                .param(utc(after.last())).param(key.name()).param(key.address()).update();
        return new Change(before, after);
    }

    /** A right password: the count is gone. */
    void forget(Key key) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE user_name = ? AND address = ?").param(key.name()).param(key.address()).update();
    }

    /** Every count not quiet since {@code since} (a failure or the end of a delay at or after it), with the end of its delay. */
    Map<Key, Instant> since(Instant since) {
        Map<Key, Instant> live = new HashMap<>();
        jdbc.sql("SELECT user_name, address, locked_until FROM sign_in_failure WHERE last_failure >= ? OR locked_until >= ?")
                .param(utc(since)).param(utc(since))
                .query((ResultSet rs) -> {
                    live.put(new Key(rs.getString(1), rs.getString(2)), instant(rs, "locked_until"));
                });
        return live;
    }

    /** Deletes the counts quiet since before {@code before}. */
    void forgetQuietBefore(Instant before) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE last_failure < ? AND (locked_until IS NULL OR locked_until < ?)")
                .param(utc(before)).param(utc(before)).update();
    }

    private static FailureCount count(ResultSet rs, int row) throws SQLException {
        String recent = rs.getString("recent");
        List<Instant> times = recent.isEmpty() ? List.of() : Arrays.stream(recent.split(",")).map(Instant::parse).toList();
        return new FailureCount(times, rs.getInt("failures"), rs.getInt("lockouts"), instant(rs, "locked_until"), instant(rs, "last_failure"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? Instant.MIN : at.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
