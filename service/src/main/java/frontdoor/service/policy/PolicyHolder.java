package frontdoor.service.policy;

import frontdoor.rules.CompileCache;
import frontdoor.rules.DecisionMonitoring;
import frontdoor.service.audit.AuditZone;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one holder of the policy in force. Whoever evaluates takes {@link #current()} once and uses that object
 * to the end, so a publish (a whole new object, swapped at once) never mixes two versions. On first start
 * the shipped files become the first published version; every instance on one database follows the row
 * {@code policy_in_force}, checked every {@code FOLLOW_SECONDS}, so all take up a new version within 5 s.
 * The version in force, and only it, evaluates with the {@link DecisionMetrics} monitoring: a version is
 * compiled and checked without it, so a draft's checks never count as referrals.
 */
@Component
public class PolicyHolder implements InfoContributor, DisposableBean, AuditZone {
    static final int FOLLOW_SECONDS = 2;
    static final int KEPT = 4;
    private static final Logger LOG = LoggerFactory.getLogger(PolicyHolder.class);
    private final AtomicReference<PolicyInForce> current = new AtomicReference<>();
    private final PolicyStore store;
    private final DecisionMonitoring monitoring;
    /** Where compiled versions are kept between starts ({@link CompiledFolder}). */
    private final CompileCache cache;
    private final ScheduledExecutorService follower;
    /** Earlier versions compiled for their stored recommendations, the least recently used dropped first. */
    private final Map<String, PolicyInForce> earlier = new LastCompiled(KEPT);

    PolicyHolder(PolicyStore store, TransactionTemplate tx, DecisionMonitoring monitoring, CompileCache cache) {
        this.store = store;
        this.monitoring = monitoring;
        this.cache = cache;
        String inForce = store.inForce().orElseGet(() -> seed(store, tx, cache));
        current.set(EarlyCompile.of(store.files(inForce), cache).monitored(monitoring));
        follower = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "policy-follow");
            t.setDaemon(true);
            return t;
        });
        follower.scheduleWithFixedDelay(this::follow, FOLLOW_SECONDS, FOLLOW_SECONDS, TimeUnit.SECONDS);
    }

    /** The policy's time zone, in which the audit trail's dates are days. */
    @Override
    public ZoneId zone() {
        return current().zone();
    }

    /** The policy in force now; take it once per evaluation. */
    public PolicyInForce current() {
        return current.get();
    }

    /**
     * The compiled version that made a stored recommendation, so a page shows the tables and catalogue it
     * was made with: the one in force, or an earlier one compiled on first use and kept (the last few).
     *
     * @throws IllegalArgumentException when no such version is stored
     */
    public PolicyInForce version(String versionId) {
        PolicyInForce now = current();
        if (now.versionId().equals(versionId)) {
            return now;
        }
        synchronized (earlier) {
            PolicyInForce kept = earlier.get(versionId);
            if (kept == null) {
                Map<String, String> files = store.files(versionId);
                if (files.isEmpty()) {
                    throw new IllegalArgumentException("no policy version " + versionId);
                }
                kept = PolicyInForce.compile(files, cache);
                earlier.put(versionId, kept);
            }
            return kept;
        }
    }

    /**
     * Puts a compiled version in force in this instance, after its row is committed, unless the row names
     * another version by now (a publish right after this one): then {@link #follow} takes that one up.
     */
    void replace(PolicyInForce policy) {
        if (!store.inForce().map(policy.versionId()::equals).orElse(false)) {
            return;
        }
        PolicyInForce before = current.getAndSet(policy.monitored(monitoring));
        if (!before.versionId().equals(policy.versionId())) {
            LOG.info("Policy {} in force (was {})", policy.versionId(), before.versionId());
        }
    }

    /** Takes up a version another instance published. */
    void follow() {
        try {
            String inForce = store.inForce().orElse(null);
            if (inForce != null && !inForce.equals(current().versionId())) {
                replace(PolicyInForce.compile(store.files(inForce), cache));
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not take up the policy version in force: {}", e.getClass().getSimpleName());
        }
    }

    private static String seed(PolicyStore store, TransactionTemplate tx, CompileCache cache) {
        Map<String, String> shipped = PolicyFiles.shipped();
        PolicyInForce policy = EarlyCompile.of(shipped, cache);
        try {
            tx.executeWithoutResult(s -> {
                Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                store.insert(new PolicyVersion(policy.versionId(), PolicyVersion.State.PUBLISHED, "system", now, null,
                        "the policy shipped in the jar", null, null, false), shipped);
                store.putInForce(policy.versionId(), now);
            });
        } catch (DataAccessException e) {
            // Another instance seeded the same database at the same moment.
            return store.inForce().orElseThrow(() -> e);
        }
        return policy.versionId();
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("policyVersion", current().versionId());
    }

    @Override
    public void destroy() {
        follower.shutdownNow();
    }
}
