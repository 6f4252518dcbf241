package frontdoor.service.audit;

/**
 * The result of checking the audit chain: intact, or the first entry whose link is broken and why.
 */
public record Verification(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem) {

    static Verification ok(long checked) {
        return new Verification(true, checked, null, null);
    }

    static Verification broken(long checked, long seq, String problem) {
        return new Verification(false, checked, seq, problem);
    }
}
