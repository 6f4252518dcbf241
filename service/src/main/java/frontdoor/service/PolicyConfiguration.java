package frontdoor.service;

import frontdoor.rules.PolicyBundle;
import frontdoor.rules.Recommender;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The policy bundle in force: the one shipped in the jar until a practice lead publishes another. */
@Configuration
class PolicyConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyConfiguration.class);
    private static volatile CompletableFuture<Recommender> early;

    /**
     * Starts compiling the shipped bundle (DMN and DRL, a few CPU seconds) on its own thread while Spring
     * starts, so that start-up takes the longer of the two rather than their sum.
     */
    static void compileEarly() {
        CompletableFuture<Recommender> compiled = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                compiled.complete(compileShipped());
            } catch (Throwable e) {
                compiled.completeExceptionally(e);
            }
        }, "policy-compile");
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader()); // the fat jar's loader
        thread.setDaemon(true);
        thread.start();
        early = compiled;
    }

    @Bean
    Recommender recommender() {
        return early != null ? early.join() : compileShipped();
    }

    /** {@code /actuator/info} names the policy version in force. */
    @Bean
    InfoContributor policyInfo(Recommender recommender) {
        return info -> info.withDetail("policyVersion", recommender.policyVersion());
    }

    private static Recommender compileShipped() {
        long start = System.nanoTime();
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        Recommender recommender = Recommender.compile(PolicyBundle.shipped());
        LOG.info("Policy {} compiled in {} ms ({} ms CPU)", recommender.policyVersion(), (System.nanoTime() - start) / 1_000_000,
                (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000);
        return recommender;
    }
}
