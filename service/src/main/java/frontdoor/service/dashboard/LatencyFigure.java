package frontdoor.service.dashboard;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Recommendation latency, the time the policy takes to evaluate a referral. It is not stored with the
 * referral, so it cannot be counted over the period from the database; the service measures it in the
 * {@code frontdoor.recommendation.latency} timer (Prometheus), and this figure says what that timer holds
 * since the service last started, and says so.
 */
@Component
class LatencyFigure {
    static final String TIMER = "frontdoor.recommendation.latency";
    private final MeterRegistry registry;

    LatencyFigure(MeterRegistry registry) {
        this.registry = registry;
    }

    Figure sinceStart() {
        Timer timer = registry.find(TIMER).timer();
        long count = timer == null ? 0 : timer.count();
        double mean = timer == null ? 0 : round(timer.mean(TimeUnit.MILLISECONDS));
        double max = timer == null ? 0 : round(timer.max(TimeUnit.MILLISECONDS));
        return new Figure("latency", "Recommendation latency",
                count == 0 ? "No referral has been evaluated since the service last started."
                        : count + " referrals evaluated since the service last started, in " + mean + " ms on average.",
                "none", "Measure", List.of("Referrals evaluated", "Mean (ms)", "Longest in the last few minutes (ms)"),
                List.of(new Figure.Series("Since the service last started", List.of(count, mean, max))),
                "The time to evaluate a referral is not stored with it, so it cannot be shown for the period. These are"
                        + " the service's own measurements since it last started (the metric " + TIMER + " in"
                        + " /actuator/prometheus, which keeps its history when scraped).");
    }

    private static double round(double millis) {
        return Math.round(millis * 100) / 100.0;
    }
}
