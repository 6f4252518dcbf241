package frontdoor.service.security;

import frontdoor.service.audit.AuditAction;
import frontdoor.service.audit.AuditLog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each lockout in the audit chain (the staff user name as subject, the address, the failures counted and the
 * delay; never a password) and counted on {@code /actuator/prometheus} as {@code frontdoor_signin_lockouts_total}.
 */
class LockoutRecorder implements Consumer<SignInGuard.Lockout> {
    private static final Logger LOG = LoggerFactory.getLogger(LockoutRecorder.class);
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Counter lockouts;

    LockoutRecorder(AuditLog audit, TransactionTemplate tx, MeterRegistry registry) {
        this.audit = audit;
        this.tx = tx;
        this.lockouts = Counter.builder("frontdoor.signin.lockouts")
                .description("Sign-ins refused for a while after repeated failures for one user name from one address")
                .register(registry);
    }

    @Override
    public void accept(SignInGuard.Lockout lockout) {
        lockouts.increment();
        LOG.warn("Sign-in for {} from {} refused for {}s after {} failures", lockout.name(), lockout.address(),
                lockout.delay().toSeconds(), lockout.failures());
        String detail = "{\"address\":\"" + jsonSafe(lockout.address()) + "\",\"failures\":" + lockout.failures()
                + ",\"delaySeconds\":" + lockout.delay().toSeconds() + "}";
        try {
            tx.executeWithoutResult(s -> audit.record("system", AuditAction.SIGN_IN_LOCKED_OUT, subject(lockout.name()), detail));
        } catch (RuntimeException e) {  // the refusal stands even when the database cannot take the entry
            LOG.error("Sign-in lockout not recorded in the audit trail: {}", e.toString());
        }
    }

    /** The name as typed (a guesser may type anything): at most the 100 characters a subject holds. */
    private static String subject(String name) {
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static String jsonSafe(String text) {
        return text.replaceAll("[^0-9A-Za-z.:\\-\\[\\]%]", "?");
    }
}
