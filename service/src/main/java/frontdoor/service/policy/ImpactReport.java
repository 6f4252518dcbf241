package frontdoor.service.policy;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import frontdoor.rules.Impact;
import java.time.Instant;

/**
 * A draft's impact on the referrals received in a period: which draft (and revision) against which version
 * in force, the period, and the tally ({@link Impact.Report}: {@code referrals}, {@code changed}, {@code lower},
 * {@code higher}, the falls, the breakdown by rules and rows, the workload) at the top level of the answer, and how
 * many referrals of the period were left out because retention had anonymised them.
 */
public record ImpactReport(String draftId, int revision, String inForce, String draftVersion, Instant from, Instant to,
                           @JsonUnwrapped Impact.Report impact, int anonymisedLeftOut) {
}
