package frontdoor.bench;

import frontdoor.rules.InvalidInputException;
import frontdoor.rules.Json;
import frontdoor.rules.PolicyBundle;
import frontdoor.rules.Recommender;
import frontdoor.rules.Referral;
import frontdoor.rules.cases.CaseRunner;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU time and allocation per recommendation of a bundle from a folder ("before") against the shipped
 * bundle ("after"), on the corpus referrals, one thread, alternating the two in rounds so both see the same
 * neighbours on a shared machine. Arguments: the folder, rounds (default 30), operations per round
 * (default 1830).
 */
public final class BundleCpuCost {
    private BundleCpuCost() {
    }

    public static void main(String[] args) throws Exception {
        Recommender[] engines = {Recommender.compile(PolicyBundle.fromDirectory(Path.of(args[0]))),
                Recommender.compile(PolicyBundle.shipped())};
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int ops = args.length > 2 ? Integer.parseInt(args[2]) : 1830;
        List<Referral> referrals = new ArrayList<>();
        for (Path file : CaseRunner.caseFiles(Path.of(System.getProperty("cases", "cases")))) {
            try {
                referrals.add(engines[1].reader().read(Json.MAPPER.readTree(file.toFile()).path("referral")));
            } catch (InvalidInputException refused) {
                // bad-input cases are not recommendations
            }
        }
        ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        int warmUp = rounds / 4;
        double[][] cpu = new double[2][rounds - warmUp];
        double[][] allocated = new double[2][rounds - warmUp];
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < 2; k++) {
                int variant = (round + k) % 2;
                long time = mx.getCurrentThreadCpuTime();
                long bytes = mx.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < ops; i++) {
                    engines[variant].recommend(referrals.get(i % referrals.size()));
                }
                if (round >= warmUp) {
                    cpu[variant][round - warmUp] = (mx.getCurrentThreadCpuTime() - time) / 1000.0 / ops;
                    allocated[variant][round - warmUp] = (mx.getCurrentThreadAllocatedBytes() - bytes) / 1024.0 / ops;
                }
            }
        }
        for (int variant = 0; variant < 2; variant++) {
            System.out.printf("%s: CPU per recommendation %.1f µs, allocated %.1f KB (medians of %d rounds of %d)%n",
                    variant == 0 ? "before (folder)" : "after (shipped)", MonitoringCpuCost.median(cpu[variant]),
                    MonitoringCpuCost.median(allocated[variant]), rounds - warmUp, ops);
        }
    }
}
