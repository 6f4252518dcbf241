package frontdoor.service.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The failed sign-ins of one user name from one address, as stored for all instances: the times of the
 * failures counting towards a first lockout ({@code recent}, within the window), the run's count, the
 * lockouts it has earned and when the latest ends ({@link Instant#MIN}: none yet), and the last failure.
 */
record FailureCount(List<Instant> recent, int failures, int lockouts, Instant lockedUntil, Instant last) {
    static final FailureCount NONE = new FailureCount(List.of(), 0, 0, Instant.MIN, Instant.MIN);

    FailureCount {
        recent = List.copyOf(recent);
    }

    /** Whether a sign-in at {@code now} is refused unchecked. */
    boolean lockedAt(Instant now) {
        return now.isBefore(lockedUntil);
    }

    /** Nothing counts any more: a whole window has passed since the last failure and the end of its delay. */
    boolean quietAt(Instant now, Duration window) {
        Instant since = last.isAfter(lockedUntil) ? last : lockedUntil;
        return now.isAfter(since.plus(window));
    }

    /**
     * After one more failure at {@code now} (never during a delay): below {@code maxFailures} within the
     * window it is only counted; the one reaching it starts the first delay, and each failure after a delay
     * starts the next, twice as long.
     */
    FailureCount failedAt(Instant now, SignInGuard.SignInLimits limits) {
        FailureCount f = quietAt(now, limits.window()) ? NONE : this;
        if (f.lockouts > 0) {
            return new FailureCount(List.of(), f.failures + 1, f.lockouts + 1, now.plus(limits.delay(f.lockouts)), now);
        }
        List<Instant> within = new ArrayList<>();
        for (Instant t : f.recent) {
            if (!t.isBefore(now.minus(limits.window()))) {
                within.add(t);
            }
        }
        within.add(now);
        if (within.size() < limits.maxFailures()) {
            return new FailureCount(within, within.size(), 0, Instant.MIN, now);
        }
        return new FailureCount(List.of(), within.size(), 1, now.plus(limits.delay(0)), now);
    }
}
