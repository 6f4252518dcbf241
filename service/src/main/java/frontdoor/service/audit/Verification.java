package frontdoor.service.audit;

/**
 * The result of checking the audit chain: intact, or the first entry whose link is broken and why.
 * {@code caughtBy} says what caught it: {@code chain} (an entry does not match its own hash or does not link
 * to the one before: an edit that was not re-hashed), {@code key} (an entry not sealed with the audit key, or
 * not sealed at all after the chain was keyed: a rewrite by someone without the key) or {@code checkpoint}
 * (an entry differs from a head the service wrote to its log: a rewrite of a chain no key protects).
 * {@code keyedFrom} is the first entry sealed with a key (entries before it were written before the chain
 * was keyed), {@code checkpointsMatched} how many checkpoints were found as logged.
 */
public record Verification(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem, String caughtBy,
                           Long keyedFrom, int checkpointsMatched) {
    static final String CHAIN = "chain";
    static final String KEY = "key";
    static final String CHECKPOINT = "checkpoint";

    /** A verdict without what caught it (as before the chain was keyed). */
    public Verification(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem) {
        this(intact, entriesChecked, firstBrokenSeq, problem, intact ? null : CHAIN, null, 0);
    }

    static Verification ok(long checked) {
        return new Verification(true, checked, null, null);
    }

    static Verification broken(long checked, long seq, String problem) {
        return new Verification(false, checked, seq, problem);
    }

    static Verification ok(long checked, Long keyedFrom, int checkpoints) {
        return new Verification(true, checked, null, null, null, keyedFrom, checkpoints);
    }

    static Verification broken(long checked, long seq, String problem, String caughtBy, Long keyedFrom, int checkpoints) {
        return new Verification(false, checked, seq, problem, caughtBy, keyedFrom, checkpoints);
    }
}
