package frontdoor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.Json;
import frontdoor.rules.KieMonitoring;
import frontdoor.rules.PolicyBundle;
import frontdoor.rules.Recommendation;
import frontdoor.rules.Recommender;
import frontdoor.rules.Referral;
import frontdoor.rules.cases.CaseRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full recommendation (threshold DMN, escalation DRL, screening DMN, reasons) on the corpus referrals
 * in turn, one thread. Reading and checking the JSON is measured separately ({@link #readAndRecommend}).
 * {@code -Dbundle=DIR} measures a bundle from a folder instead of the shipped one; {@code -Dcases=DIR} other cases.
 * {@code monitoring=kie} evaluates as the service evaluates the version in force: {@link KieMonitoring} (the
 * KIE monitoring add-on on the models and the rule sessions) into a Prometheus registry, as the service's
 * {@code DecisionMetrics} sets it up; {@code none} is the command line's engine.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
public class RecommendBenchmark {
    @Param({"none", "kie"})
    public String monitoring;
    private Recommender recommender;
    private final List<Referral> referrals = new ArrayList<>();
    private final List<String> bodies = new ArrayList<>();
    private int next;

    @Setup
    public void setUp() throws IOException {
        String bundle = System.getProperty("bundle");
        recommender = Recommender.compile(bundle == null ? PolicyBundle.shipped() : PolicyBundle.fromDirectory(Path.of(bundle)));
        if (monitoring.equals("kie")) {
            recommender = recommender.monitored(KieMonitoring.into(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)));
        }
        Path cases = Path.of(System.getProperty("cases", "cases"));
        for (Path file : CaseRunner.caseFiles(cases)) {
            JsonNode referral = Json.MAPPER.readTree(file.toFile()).path("referral");
            try {
                referrals.add(recommender.reader().read(referral));
                bodies.add(referral.toString());
            } catch (InvalidInputException refused) {
                // bad-input cases are not recommendations
            }
        }
        if (referrals.isEmpty()) {
            throw new IllegalStateException("no referrals under " + cases.toAbsolutePath());
        }
    }

    @Benchmark
    public Recommendation recommend() {
        next = (next + 1) % referrals.size();
        return recommender.recommend(referrals.get(next));
    }

    @Benchmark
    public Recommendation readAndRecommend() {
        next = (next + 1) % bodies.size();
        return recommender.recommend(recommender.reader().read(bodies.get(next)));
    }
}
