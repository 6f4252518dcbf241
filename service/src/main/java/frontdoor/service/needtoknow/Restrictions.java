package frontdoor.service.needtoknow;

/**
 * Where restricted information of a referral is known: the feature that records what agencies found
 * answers it (so this package knows nothing of how it is stored).
 */
public interface Restrictions {
    /**
     * @param referral the referral's row id
     * @param body     the referral as received (an open source)
     */
    Withheld of(long referral, String body);
}
