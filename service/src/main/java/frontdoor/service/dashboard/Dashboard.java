package frontdoor.service.dashboard;

import frontdoor.service.web.ApiException;
import frontdoor.service.policy.PolicyHolder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * How the front door is doing, figure by figure. Each figure is computed by one method, which the page, its
 * CSV downloads and {@code GET /api/v1/dashboard} all call, so the three always show the same numbers.
 */
@Service
public class Dashboard {
    /** The figures' URL names, in the order the page shows them. */
    public static final List<String> NAMES = List.of("referrals-per-day", "rag-mix", "timeliness", "outcomes", "re-referrals",
            "overrides", "check-turnaround", "open-checks", "latency");
    private final ReferralFigures referrals;
    private final DecisionFigures decisions;
    private final OverrideFigure overrides;
    private final LatencyFigure latency;
    private final CheckFigures checks;
    private final PolicyHolder policy;
    private final Clock clock;

    Dashboard(ReferralFigures referrals, DecisionFigures decisions, OverrideFigure overrides, LatencyFigure latency,
              CheckFigures checks, PolicyHolder policy, ObjectProvider<Clock> clock) {
        this.checks = checks;
        this.referrals = referrals;
        this.decisions = decisions;
        this.overrides = overrides;
        this.latency = latency;
        this.policy = policy;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The period asked for, in the policy's time zone; see {@link Period#of}. */
    public Period period(String from, String to) {
        return Period.of(from, to, LocalDate.now(clock.withZone(policy.current().zone())), policy.current().zone());
    }

    public List<Figure> figures(Period p) {
        return NAMES.stream().map(name -> figure(name, p)).toList();
    }

    /** One figure by its URL name; 404 for a name that is none. */
    public Figure figure(String name, Period p) {
        return switch (name) {
            case "referrals-per-day" -> referrals.perDayByAgency(p);
            case "rag-mix" -> referrals.ragMix(p);
            case "timeliness" -> decisions.timeliness(p, clock.instant());
            case "outcomes" -> decisions.outcomes(p);
            case "re-referrals" -> referrals.reReferrals(p);
            case "overrides" -> overrides.byRule(p);
            case "check-turnaround" -> checks.turnaround(p);
            case "open-checks" -> checks.open(p, clock.instant());
            case "latency" -> latency.sinceStart();
            default -> throw ApiException.notFound("no figure " + name);
        };
    }
}
