package frontdoor.service.audit;

import java.util.Map;

/**
 * Walks the chain entry by entry, in order, and stops at the first that is missing, mislinked, unsealed or
 * unlike a checkpoint. Entries without a key are accepted only before the first keyed one.
 */
final class ChainCheck {
    private final AuditKeys keys;
    private final Map<Long, String> checkpoints;
    private String prevHash = AuditEntry.GENESIS;
    private long expectedSeq = 1;
    private long checked;
    private Long keyedFrom;
    private int checkpointsMatched;
    private Verification broken;

    ChainCheck(AuditKeys keys, Map<Long, String> checkpoints) {
        this.keys = keys;
        this.checkpoints = checkpoints;
    }

    long nextSeq() {
        return expectedSeq;
    }

    /** Checks the next entry; false once the chain is broken. */
    boolean accept(AuditEntry e) {
        if (e.seq() != expectedSeq) {
            return fail(expectedSeq, "entry " + expectedSeq + " is missing", Verification.CHAIN);
        }
        if (!e.prevHash().equals(prevHash)) {
            return fail(e.seq(), "does not link to the entry before it", Verification.CHAIN);
        }
        if (e.keyId() == null && keyedFrom != null) {
            return fail(e.seq(), "it is not sealed with the audit key, though the chain was keyed from entry " + keyedFrom, Verification.KEY);
        }
        if (e.keyId() != null && !keys.knows(e.keyId())) {
            return fail(e.seq(), "it is sealed with audit key " + e.keyId() + ", which the service was not given", Verification.KEY);
        }
        if (!e.hash().equals(e.expectedHash(keys))) {
            boolean rehashedPlain = e.keyId() != null
                    && e.hash().equals(AuditEntry.hash(e.seq(), e.at(), e.actor(), e.action(), e.subject(), e.detail(), e.prevHash()));
            return rehashedPlain ? fail(e.seq(), "it was re-hashed without the audit key " + e.keyId(), Verification.KEY)
                    : fail(e.seq(), "its content does not match its hash", Verification.CHAIN);
        }
        String logged = checkpoints.get(e.seq());
        if (logged != null && !logged.equals(e.hash())) {
            return fail(e.seq(), "it differs from the checkpoint the service logged for it", Verification.CHECKPOINT);
        }
        if (e.keyId() != null && keyedFrom == null) {
            keyedFrom = e.seq();
        }
        checkpointsMatched += logged != null ? 1 : 0;
        prevHash = e.hash();
        expectedSeq++;
        checked++;
        return true;
    }

    /** The verdict, once every entry is read, given the recorded head. */
    Verification end(long headSeq, String headHash) {
        if (broken != null) {
            return broken;
        }
        if (headSeq != checked || !headHash.equals(prevHash)) {
            return Verification.broken(checked, checked + 1, "the chain ends before its recorded head " + headSeq,
                    Verification.CHAIN, keyedFrom, checkpointsMatched);
        }
        long beyond = checkpoints.keySet().stream().filter(seq -> seq > checked).count();
        if (beyond > 0) {
            return Verification.broken(checked, checked + 1, "the chain ends before a checkpoint the service logged",
                    Verification.CHECKPOINT, keyedFrom, checkpointsMatched);
        }
        return Verification.ok(checked, keyedFrom, checkpointsMatched);
    }

    private boolean fail(long seq, String problem, String caughtBy) {
        broken = Verification.broken(checked, seq, problem, caughtBy, keyedFrom, checkpointsMatched);
        return false;
    }
}
