package frontdoor.service.policy;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import frontdoor.rules.Impact;
import java.time.Instant;

/**
 * A shadow run's live comparison: which draft (and the revision that passed its checks) against which
 * version in force, since when and by whom, whether it still runs, and the same tally as the impact report
 * ({@code referrals}, {@code changed}, {@code lower}, {@code higher}, falls, breakdown, workload) over the
 * referrals that arrived since it started.
 */
public record ShadowReport(String draftId, int revision, String inForce, String draftVersion, Instant startedAt, String startedBy,
                           boolean running, Instant stoppedAt, @JsonUnwrapped Impact.Report impact) {
}
