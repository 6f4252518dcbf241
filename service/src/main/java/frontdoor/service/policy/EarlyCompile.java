package frontdoor.service.policy;

import frontdoor.rules.CompileCache;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Compiles the shipped policy (DMN and DRL, a few CPU seconds; less when the compile cache holds it) on its own
 * thread while Spring starts, so start-up takes the longer of the two rather than their sum; the holder uses it
 * when the shipped version is the one in force. It starts once Spring's settings are read (so it knows the
 * compile cache), before the application context is made.
 */
public final class EarlyCompile {
    private static final Logger LOG = LoggerFactory.getLogger(EarlyCompile.class);
    private static volatile CompletableFuture<PolicyInForce> early;

    private EarlyCompile() {
    }

    /**
     * A listener that starts the early compile as soon as the environment is prepared. A class, not a lambda:
     * Spring cannot read a lambda's event type, so it would call a lambda with every event and catch the
     * {@link ClassCastException} (one per HTTP request, a stack trace each, under load).
     */
    public static ApplicationListener<ApplicationEnvironmentPreparedEvent> onStart() {
        return new OnStart();
    }

    private static final class OnStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            start(CompiledFolder.of(event.getEnvironment()));
        }
    }

    static void start(CompileCache cache) {
        CompletableFuture<PolicyInForce> compiled = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                compiled.complete(compile(PolicyFiles.shipped(), cache));
            } catch (Throwable e) {
                compiled.completeExceptionally(e);
            }
        }, "policy-compile");
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader()); // the application's class loader
        thread.setDaemon(true);
        thread.start();
        early = compiled;
    }

    /** The early compile if it was started and is of these files, else a compile of them now. */
    static PolicyInForce of(Map<String, String> files, CompileCache cache) {
        CompletableFuture<PolicyInForce> started = early;
        if (started != null) {
            PolicyInForce shipped = started.join();
            if (shipped.files().equals(files)) {
                return shipped;
            }
        }
        return compile(files, cache);
    }

    static PolicyInForce compile(Map<String, String> files, CompileCache cache) {
        long start = System.nanoTime();
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        PolicyInForce policy = PolicyInForce.compile(files, cache);
        LOG.info("Policy {} compiled in {} ms ({} ms CPU)", policy.versionId(), (System.nanoTime() - start) / 1_000_000,
                (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000);
        return policy;
    }
}
