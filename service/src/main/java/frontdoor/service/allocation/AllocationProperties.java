package frontdoor.service.allocation;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code frontdoor.allocation.*}: the MASH's time zone (which day "today" is), how long one plan is solved,
 * how many plans may solve at once (each takes a core), how many referrals in screening one plan takes, and
 * how often the latest plan looks for new RED referrals (0: never; the manager sends REFERRAL_ARRIVED), and
 * how long an instance's lease on a plan it solves lasts unless renewed (another instance may then resume it).
 */
@ConfigurationProperties("frontdoor.allocation")
public record AllocationProperties(@DefaultValue("Europe/London") ZoneId timezone,
                                   @DefaultValue("30") int solveSeconds,
                                   @DefaultValue("2") int maxSolving,
                                   @DefaultValue("1000") int maxReferrals,
                                   @DefaultValue("5") int watchSeconds,
                                   @DefaultValue("15") int leaseSeconds) {
}
