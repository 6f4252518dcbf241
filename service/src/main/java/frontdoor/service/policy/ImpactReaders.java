package frontdoor.service.policy;

import frontdoor.rules.OutcomePair;
import java.util.function.UnaryOperator;

/**
 * What a reader may see of each referral an impact report replays: the need-to-know feature answers it
 * (a reader not cleared for an agency's restricted information sees its rules and codes withheld), so this
 * package knows nothing of clearances.
 */
public interface ImpactReaders {
    /** The pairs of referrals received in the period as {@code reader} may see them. */
    UnaryOperator<OutcomePair> shownTo(String reader);
}
