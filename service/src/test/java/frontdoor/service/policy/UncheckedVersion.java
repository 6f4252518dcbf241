package frontdoor.service.policy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For tests of what a version the checks would refuse still does when it is in force (a database edited by
 * hand, a version published before a check existed): puts changed files in force directly, as only the
 * store can, and puts the version before back afterwards.
 */
public final class UncheckedVersion implements AutoCloseable {
    private final ApplicationContext context;
    private final String before;

    private UncheckedVersion(ApplicationContext context, String before) {
        this.context = context;
        this.before = before;
    }

    /** The version in force with {@code changed} files replaced, in force until {@link #close}. */
    public static UncheckedVersion putInForce(ApplicationContext context, Map<String, String> changed) {
        PolicyHolder holder = context.getBean(PolicyHolder.class);
        String before = holder.current().versionId();
        Map<String, String> files = new HashMap<>(holder.current().files());
        files.putAll(changed);
        PolicyInForce policy = PolicyInForce.compile(files);
        put(context, policy, files, true);
        return new UncheckedVersion(context, before);
    }

    private static void put(ApplicationContext context, PolicyInForce policy, Map<String, String> files, boolean insert) {
        PolicyStore store = context.getBean(PolicyStore.class);
        context.getBean(TransactionTemplate.class).executeWithoutResult(s -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            if (insert && store.version(policy.versionId()).isEmpty()) {
                store.insert(new PolicyVersion(policy.versionId(), PolicyVersion.State.PUBLISHED, "test", now, null,
                        "unchecked, for a test", null, null, false), files);
            }
            store.putInForce(policy.versionId(), now);
        });
        context.getBean(PolicyHolder.class).replace(policy);
    }

    @Override
    public void close() {
        PolicyHolder holder = context.getBean(PolicyHolder.class);
        put(context, holder.version(before), holder.version(before).files(), false);
    }
}
