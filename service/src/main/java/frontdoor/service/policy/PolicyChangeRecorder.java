package frontdoor.service.policy;

import frontdoor.service.audit.AuditAction;
import frontdoor.service.audit.AuditLog;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Records the policy version in force at start when it differs from the one the trail last recorded. */
@Component
class PolicyChangeRecorder {
    private final AuditLog log;
    private final PolicyHolder holder;
    private final TransactionTemplate tx;

    PolicyChangeRecorder(AuditLog log, PolicyHolder holder, TransactionTemplate tx) {
        this.log = log;
        this.holder = holder;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recordPolicyInForce() {
        String version = holder.current().versionId();
        tx.executeWithoutResult(s -> {
            if (log.latest(AuditAction.POLICY_IN_FORCE).map(e -> !e.subject().equals(version)).orElse(true)) {
                log.record("system", AuditAction.POLICY_IN_FORCE, version, "{\"policyVersion\":\"" + version + "\"}");
            }
        });
    }
}
