package frontdoor.service.referral;

import frontdoor.rules.Recommendation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** {@code frontdoor.recommendations} per pathway and {@code frontdoor.recommendation.latency}. */
@Component
class RecommendationMetrics {
    private final MeterRegistry registry;
    private final Timer latency;

    RecommendationMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder("frontdoor.recommendation.latency")
                .description("Time to evaluate a referral on the policy in force")
                .publishPercentileHistogram().register(registry);
    }

    /** One counter per pathway, registered once: looking a meter up by name and tags costs more than counting. */
    private final Map<String, Counter> stored = new ConcurrentHashMap<>();

    Recommendation timed(Supplier<Recommendation> evaluation) {
        return latency.record(evaluation);
    }

    void stored(Recommendation recommendation) {
        stored.computeIfAbsent(recommendation.pathway(), pathway -> Counter.builder("frontdoor.recommendations")
                .description("Recommendations stored, per pathway").tag("pathway", pathway).register(registry)).increment();
    }
}
