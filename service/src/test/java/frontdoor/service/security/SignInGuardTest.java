package frontdoor.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The guard's counting on a clock the test moves (no sleeping), in a real H2 database as two instances share it. */
class SignInGuardTest {
    static final String HERE = "192.0.2.1";
    final MovingClock clock = new MovingClock();
    final SignInFailures counts = onNewDatabase();
    final SignInGuard guard = new SignInGuard(clock, SignInGuard.SignInLimits.DEFAULT, counts);

    @Test
    void fiveFailuresWithinFifteenMinutesRefuseTheNameFromThatAddressForAMinute() {
        for (int n = 1; n <= 4; n++) {
            assertThat(guard.failed("worker", HERE)).isEmpty();
            clock.move(Duration.ofMinutes(3));
        }
        assertThat(guard.refusedFor("worker", HERE)).isEmpty();
        Optional<SignInGuard.Lockout> lockout = guard.failed("worker", HERE);
        assertThat(lockout).get().extracting(SignInGuard.Lockout::delay).isEqualTo(Duration.ofMinutes(1));
        assertThat(lockout.get().failures()).isEqualTo(5);
        assertThat(guard.refusedFor("worker", HERE)).contains(Duration.ofMinutes(1));
        assertThat(guard.refusedFor("worker", "192.0.2.2")).as("another address").isEmpty();
        assertThat(guard.refusedFor("lead", HERE)).as("another name").isEmpty();
        clock.move(Duration.ofSeconds(59));
        assertThat(guard.refusedFor("worker", HERE)).contains(Duration.ofSeconds(1));
        clock.move(Duration.ofSeconds(1));
        assertThat(guard.refusedFor("worker", HERE)).isEmpty();
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesNeverLock() {
        for (int n = 1; n <= 20; n++) {
            assertThat(guard.failed("worker", HERE)).as("failure " + n).isEmpty();
            clock.move(Duration.ofMinutes(4));
        }
    }

    @Test
    void eachFurtherFailureDoublesTheDelayUpToAnHour() {
        fail(5);
        long[] minutes = {2, 4, 8, 16, 32, 60, 60};
        for (long expected : minutes) {
            clock.move(guard.refusedFor("worker", HERE).orElseThrow());
            assertThat(guard.failed("worker", HERE)).get().extracting(SignInGuard.Lockout::delay)
                    .isEqualTo(Duration.ofMinutes(expected));
        }
    }

    @Test
    void aQuietQuarterHourAfterTheDelayOrASuccessStartsAfresh() {
        fail(5);
        clock.move(Duration.ofMinutes(1 + 15).plusSeconds(1));
        assertThat(guard.failed("worker", HERE)).as("counting afresh").isEmpty();
        fail(3);
        guard.succeeded("worker", HERE);
        fail(4);
        assertThat(guard.refusedFor("worker", HERE)).isEmpty();
    }

    @Test
    void twoInstancesCountTogetherAndTheOtherRefusesFromWhatItReads() {
        SignInGuard other = new SignInGuard(clock, SignInGuard.SignInLimits.DEFAULT, counts);
        fail(3);
        assertThat(other.failed("worker", HERE)).isEmpty();
        assertThat(other.failed("worker", HERE)).as("the fifth of both").get().extracting(SignInGuard.Lockout::failures).isEqualTo(5);
        assertThat(guard.refusedFor("worker", HERE)).as("confirmed in the table").contains(Duration.ofMinutes(1));
        SignInGuard third = new SignInGuard(clock, SignInGuard.SignInLimits.DEFAULT, counts);
        assertThat(third.refusedFor("worker", HERE)).as("no failure here yet: the table is not read").isEmpty();
        third.follow();
        assertThat(third.refusedFor("worker", HERE)).as("after following the others").contains(Duration.ofMinutes(1));
        assertThat(third.failed("worker", HERE)).as("a password checked during the delay (an instance that had not heard) is not counted").isEmpty();
        clock.move(Duration.ofMinutes(1));
        assertThat(third.failed("worker", HERE)).get().extracting(SignInGuard.Lockout::delay).isEqualTo(Duration.ofMinutes(2));
        assertThat(guard.refusedFor("worker", HERE)).contains(Duration.ofMinutes(2));
        clock.move(Duration.ofMinutes(2));
        other.succeeded("worker", HERE);
        clock.move(Duration.ofSeconds(2));
        guard.follow();
        third.follow();
        assertThat(counts.since(clock.instant().minus(Duration.ofHours(1)))).as("a success forgets the count").isEmpty();
        fail(4);
        assertThat(third.refusedFor("worker", HERE)).isEmpty();
    }

    @Test
    void quietCountsAreDeleted() {
        fail(5);
        clock.move(Duration.ofMinutes(16).plusSeconds(1));
        guard.follow();
        assertThat(counts.since(Instant.EPOCH)).isEmpty();
        assertThat(guard.refusedFor("worker", HERE)).isEmpty();
    }

    @Test
    void whereNothingFailedNoTableIsTouched() {
        JdbcDataSource empty = database();
        SignInGuard cheap = new SignInGuard(clock, SignInGuard.SignInLimits.DEFAULT,
                new SignInFailures(JdbcClient.create(empty), new TransactionTemplate(new DataSourceTransactionManager(empty))));
        for (int n = 0; n < 3; n++) {
            assertThat(cheap.refusedFor("worker", HERE)).isEmpty();
            cheap.succeeded("worker", HERE);
        }
    }

    static SignInFailures onNewDatabase() {
        JdbcDataSource database = database();
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        return new SignInFailures(JdbcClient.create(database), new TransactionTemplate(new DataSourceTransactionManager(database)));
    }

    /** A new H2 database; empty: without even the table of counts. */
    private static JdbcDataSource database() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:guard-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return database;
    }

    private void fail(int times) {
        for (int n = 0; n < times; n++) {
            guard.failed("worker", HERE);
        }
    }

    static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T09:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
