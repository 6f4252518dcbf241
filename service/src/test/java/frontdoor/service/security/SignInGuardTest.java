package frontdoor.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The guard's counting on a clock the test moves: no sleeping. */
class SignInGuardTest {
    static final String HERE = "192.0.2.1";
    final MovingClock clock = new MovingClock();
    final SignInGuard guard = new SignInGuard(clock, SignInGuard.SignInLimits.DEFAULT);

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
