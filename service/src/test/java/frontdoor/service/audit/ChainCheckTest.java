package frontdoor.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A chain written before it was keyed, then keyed: the old plain entries verify; no plain entry may follow a keyed one. */
class ChainCheckTest {
    static final AuditKeys KEYS = AuditKeys.of("k1", "a-key-of-at-least-thirty-two-characters", Map.of());
    static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    /** {@code plain} entries with SHA-256, then {@code keyed} sealed with k1. */
    static List<AuditEntry> chain(int plain, int keyed) {
        List<AuditEntry> entries = new ArrayList<>();
        String prev = AuditEntry.GENESIS;
        for (int seq = 1; seq <= plain + keyed; seq++) {
            boolean sealed = seq > plain;
            String hash = sealed ? AuditEntry.seal(KEYS, "k1", seq, AT, "worker", "VIEWED", "R-" + seq, "{}", prev)
                    : AuditEntry.hash(seq, AT, "worker", "VIEWED", "R-" + seq, "{}", prev);
            entries.add(new AuditEntry(seq, AT, "worker", "VIEWED", "R-" + seq, "{}", prev, hash, sealed ? "k1" : null));
            prev = hash;
        }
        return entries;
    }

    static Verification check(List<AuditEntry> entries, AuditKeys keys) {
        ChainCheck check = new ChainCheck(keys, Map.of());
        for (AuditEntry e : entries) {
            if (!check.accept(e)) {
                break;
            }
        }
        AuditEntry last = entries.get(entries.size() - 1);
        return check.end(last.seq(), last.hash());
    }

    @Test
    void plainEntriesFromBeforeTheKeyStillVerify() {
        Verification v = check(chain(3, 2), KEYS);
        assertThat(v.intact()).isTrue();
        assertThat(v.keyedFrom()).isEqualTo(4);
        assertThat(check(chain(3, 0), KEYS).intact()).as("a chain never keyed").isTrue();
    }

    @Test
    void aPlainEntryAfterAKeyedOneIsCaughtByTheKey() {
        List<AuditEntry> entries = chain(0, 3);
        AuditEntry second = entries.get(1);
        String plain = AuditEntry.hash(2, AT, "worker", "VIEWED", "R-2", "{}", second.prevHash());
        entries.set(1, new AuditEntry(2, AT, "worker", "VIEWED", "R-2", "{}", second.prevHash(), plain, null));
        Verification v = check(entries, KEYS);
        assertThat(v.firstBrokenSeq()).isEqualTo(2);
        assertThat(v.caughtBy()).isEqualTo("key");
    }

    @Test
    void anEntrySealedWithAnUnknownKeyIsNamed() {
        Verification v = check(chain(1, 2), AuditKeys.of("k2", "another-key-of-at-least-thirty-two-chars", Map.of()));
        assertThat(v.firstBrokenSeq()).isEqualTo(2);
        assertThat(v.problem()).contains("audit key k1, which the service was not given");
    }
}
