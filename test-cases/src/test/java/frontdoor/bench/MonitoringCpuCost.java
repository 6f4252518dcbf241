package frontdoor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.Json;
import frontdoor.rules.KieMonitoring;
import frontdoor.rules.PolicyBundle;
import frontdoor.rules.Recommender;
import frontdoor.rules.Referral;
import frontdoor.rules.cases.CaseRunner;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The KIE monitoring add-on's CPU cost per recommendation, on a machine shared with other builds: JMH's
 * wall-clock figures there measure the neighbours more than the code, so this counts the evaluating
 * thread's own CPU time ({@link ThreadMXBean}), and alternates the engine without and with the add-on in
 * short rounds so both see the same load. Prints the median of the rounds after warm-up.
 * Arguments: rounds (default 40), operations per round (default 2000); {@code -Dcases=DIR} as the benchmark.
 */
public final class MonitoringCpuCost {
    private MonitoringCpuCost() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int ops = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Recommender none = Recommender.compile(PolicyBundle.shipped());
        Recommender kie = none.monitored(KieMonitoring.into(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)));
        List<Referral> referrals = new ArrayList<>();
        for (Path file : CaseRunner.caseFiles(Path.of(System.getProperty("cases", "cases")))) {
            try {
                referrals.add(none.reader().read(Json.MAPPER.readTree(file.toFile()).path("referral")));
            } catch (InvalidInputException refused) {
                // bad-input cases are not recommendations
            }
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int warmUp = rounds / 4;
        double[][] perOp = new double[2][rounds - warmUp];
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < 2; k++) {
                int variant = (round + k) % 2; // alternate which goes first
                Recommender r = variant == 0 ? none : kie;
                long start = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < ops; i++) {
                    r.recommend(referrals.get(i % referrals.size()));
                }
                if (round >= warmUp) {
                    perOp[variant][round - warmUp] = (cpu.getCurrentThreadCpuTime() - start) / 1000.0 / ops;
                }
            }
        }
        System.out.printf("CPU per recommendation (µs, median of %d rounds of %d): none %.1f, kie %.1f%n",
                rounds - warmUp, ops, median(perOp[0]), median(perOp[1]));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
