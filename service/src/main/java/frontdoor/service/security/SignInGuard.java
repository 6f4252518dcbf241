package frontdoor.service.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows a guessing client without letting it lock staff out: failed sign-ins are counted per user name and
 * address. After {@code maxFailures} within {@code window} that name from that address is refused for
 * {@code firstDelay}, whatever the password; each further failure once the delay is over doubles it (up to
 * {@code longestDelay}). The same name from another address is not affected. A success, or a quiet
 * {@code window} after the last failure or delay, forgets the address. Attempts refused while a delay runs
 * are not failures: the password is never checked then.
 */
public class SignInGuard {
    private static final int MAX_TRACKED = 100_000;
    private final Clock clock;
    private final SignInLimits limits;
    private final Map<Key, Failures> failures = new ConcurrentHashMap<>();

    private record Key(String name, String address) {
    }

    /** How failures are counted: {@code frontdoor.sign-in.*}. */
    public record SignInLimits(int maxFailures, Duration window, Duration firstDelay, Duration longestDelay) {
        public static final SignInLimits DEFAULT = new SignInLimits(5, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(1));
    }

    /** A lockout that has just begun: the name, the address, for how long, and the how-manieth of its run. */
    public record Lockout(String name, String address, Duration delay, int failures) {
    }

    private static final class Failures {
        final Deque<Instant> recent = new ArrayDeque<>();
        int lockouts;
        Instant lockedUntil = Instant.MIN;
        Instant last = Instant.MIN;
    }

    public SignInGuard(Clock clock, SignInLimits limits) {
        this.clock = clock;
        this.limits = limits;
    }

    /** How much longer this name from this address is refused, if it is. */
    public Optional<Duration> refusedFor(String name, String address) {
        Failures f = failures.get(new Key(name, address));
        if (f == null) {
            return Optional.empty();
        }
        synchronized (f) {
            Instant now = clock.instant();
            return now.isBefore(f.lockedUntil) ? Optional.of(Duration.between(now, f.lockedUntil)) : Optional.empty();
        }
    }

    /** Counts a wrong password; answers the lockout it starts, if it starts one. */
    public Optional<Lockout> failed(String name, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            forgetQuiet(now);
        }
        Failures f = failures.computeIfAbsent(new Key(name, address), k -> new Failures());
        synchronized (f) {
            if (quiet(f, now)) {
                f.recent.clear();
                f.lockouts = 0;
            }
            f.last = now;
            f.recent.addLast(now);
            while (f.lockouts == 0 && f.recent.peekFirst().isBefore(now.minus(limits.window()))) {
                f.recent.removeFirst();
            }
            if (f.lockouts == 0 && f.recent.size() < limits.maxFailures()) {
                return Optional.empty();
            }
            Duration delay = delay(f.lockouts++);
            f.lockedUntil = now.plus(delay);
            return Optional.of(new Lockout(name, address, delay, f.recent.size()));
        }
    }

    /** A right password, accepted: this name from this address starts afresh. */
    public void succeeded(String name, String address) {
        failures.remove(new Key(name, address));
    }

    private Duration delay(int lockoutsBefore) {
        Duration delay = limits.firstDelay();
        for (int i = 0; i < lockoutsBefore && delay.compareTo(limits.longestDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(limits.longestDelay()) > 0 ? limits.longestDelay() : delay;
    }

    private boolean quiet(Failures f, Instant now) {
        Instant since = f.last.isAfter(f.lockedUntil) ? f.last : f.lockedUntil;
        return f.lockouts > 0 && now.isAfter(since.plus(limits.window()));
    }

    private void forgetQuiet(Instant now) {
        failures.values().removeIf(f -> {
            synchronized (f) {
                return now.isAfter(f.lockedUntil) && now.isAfter(f.last.plus(limits.window()));
            }
        });
    }
}
