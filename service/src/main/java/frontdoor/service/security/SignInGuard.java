package frontdoor.service.security;

import frontdoor.service.security.SignInFailures.Key;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows a guessing client without letting it lock staff out: failed sign-ins are counted per user name and
 * address, in the database for all instances together ({@link FailureCount}, {@link SignInFailures}). After
 * {@code maxFailures} within {@code window} that name from that address is refused for {@code firstDelay},
 * whatever the password; each further failure once the delay is over doubles it (up to {@code longestDelay}).
 * The same name from another address is not affected. A success, or a quiet {@code window} after the last
 * failure or delay, forgets the address. Attempts refused while a delay runs are not failures: the password
 * is never checked then.
 *
 * <p>Cheap where nothing failed: each instance keeps a hint of the names and addresses with a count (its own
 * failures at once, the other instances' read every {@link #FOLLOW} by {@link #follow}), with the end of
 * their delay. Without a hint a sign-in touches no table; while a hinted delay runs it is refused from memory
 * (a delay is never shortened); otherwise the count is read to confirm. Every failure is counted in the
 * table, under its row's lock.
 */
public class SignInGuard implements AutoCloseable {
    static final Duration FOLLOW = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(SignInGuard.class);
    private static final int MAX_HINTS = 100_000;
    private final Clock clock;
    private final SignInLimits limits;
    private final SignInFailures counts;
    private final Map<Key, Hint> hints = new ConcurrentHashMap<>();
    private ScheduledExecutorService follower;

    /** How failures are counted: {@code frontdoor.sign-in.*}. */
    public record SignInLimits(int maxFailures, Duration window, Duration firstDelay, Duration longestDelay) {
        public static final SignInLimits DEFAULT = new SignInLimits(5, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(1));

        /** The delay after {@code lockoutsBefore} earlier ones in the run. */
        Duration delay(int lockoutsBefore) {
            Duration delay = firstDelay;
            for (int i = 0; i < lockoutsBefore && delay.compareTo(longestDelay) < 0; i++) {
                delay = delay.multipliedBy(2);
            }
            return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
        }
    }

    /** A lockout that has just begun: the name, the address, for how long, and the how-manieth of its run. */
    public record Lockout(String name, String address, Duration delay, int failures) {
    }

    /** A count this instance knows of: the end of its delay, and when it learnt so. */
    private record Hint(Instant lockedUntil, Instant learnt) {
    }

    SignInGuard(Clock clock, SignInLimits limits, SignInFailures counts) {
        this.clock = clock;
        this.limits = limits;
        this.counts = counts;
    }

    /** How much longer this name from this address is refused, if it is. */
    public Optional<Duration> refusedFor(String name, String address) {
        Key key = new Key(name, address);
        Hint hint = hints.get(key);
        if (hint == null) {
            return Optional.empty();
        }
        Instant now = now();
        Instant until = hint.lockedUntil();
        if (!now.isBefore(until)) {
            Optional<FailureCount> stored = counts.read(key);
            if (stored.isEmpty()) {
                hints.remove(key, hint);
                return Optional.empty();
            }
            until = stored.get().lockedUntil();
            hints.put(key, new Hint(until, now));
        }
        return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /**
     * Counts a wrong password; answers the lockout it starts, if it starts one. A password checked while
     * another instance's delay ran (before this one heard of it) is not counted.
     */
    public Optional<Lockout> failed(String name, String address) {
        Instant now = now();
        Key key = new Key(name, address);
        SignInFailures.Change change = counts.change(key, f -> f.lockedAt(now) ? f : f.failedAt(now, limits));
        remember(key, new Hint(change.after().lockedUntil(), clock.instant()), now);  // learnt once stored: see follow
        if (change.before().lockedAt(now) || !change.after().lockedAt(now)) {
            return Optional.empty();
        }
        FailureCount after = change.after();
        return Optional.of(new Lockout(name, address, Duration.between(now, after.lockedUntil()), after.failures()));
    }

    /** A right password, accepted: this name from this address starts afresh. */
    public void succeeded(String name, String address) {
        Key key = new Key(name, address);
        if (hints.remove(key) != null) {
            counts.forget(key);
        }
    }

    /**
     * Takes up the other instances' counts, forgets the ones gone (a success, a quiet window) and deletes the
     * quiet. A hint learnt after the read began is kept: its row may have been stored after the read saw the table.
     */
    void follow() {
        Instant now = now();
        Instant since = now.minus(limits.window());
        Map<Key, Instant> live = counts.since(since);
        hints.entrySet().removeIf(e -> !live.containsKey(e.getKey()) && e.getValue().learnt().isBefore(now));
        live.forEach((key, until) -> hints.merge(key, new Hint(until, now),
                (old, stored) -> old.lockedUntil().isAfter(stored.lockedUntil()) ? old : stored));
        counts.forgetQuietBefore(since);
    }

    /** Follows the other instances every {@link #FOLLOW} until closed. */
    void followEvery(Duration every) {
        follower = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sign-in-follow");
            t.setDaemon(true);
            return t;
        });
        follower.scheduleWithFixedDelay(() -> {
            try {
                follow();
            } catch (RuntimeException e) {  // the database away a moment: the hints stay, and each failure is still counted
                LOG.warn("Failed sign-ins of the other instances not read: {}", e.toString());
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (follower != null) {
            follower.shutdownNow();
        }
    }

    private void remember(Key key, Hint hint, Instant now) {
        if (hints.size() >= MAX_HINTS) {
            hints.values().removeIf(h -> !now.isBefore(h.lockedUntil()));
        }
        hints.put(key, hint);
    }

    /** To the microsecond, as the database keeps it. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
