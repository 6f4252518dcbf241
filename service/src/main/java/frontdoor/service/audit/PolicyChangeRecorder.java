package frontdoor.service.audit;

import frontdoor.rules.Recommender;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Records the policy version in force when it differs from the one the trail last recorded. */
@Component
class PolicyChangeRecorder {
    private final AuditLog log;
    private final Recommender recommender;
    private final TransactionTemplate tx;

    PolicyChangeRecorder(AuditLog log, Recommender recommender, TransactionTemplate tx) {
        this.log = log;
        this.recommender = recommender;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recordPolicyInForce() {
        String version = recommender.policyVersion();
        tx.executeWithoutResult(s -> {
            if (log.latest(AuditAction.POLICY_IN_FORCE).map(e -> !e.subject().equals(version)).orElse(true)) {
                log.record("system", AuditAction.POLICY_IN_FORCE, version, "{\"policyVersion\":\"" + version + "\"}");
            }
        });
    }
}
