package frontdoor.service.storage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A storage setting that would lose acknowledged referrals: the service refuses to start, and Spring Boot
 * prints the reason and what to do as its start-up failure report (no stack trace). Registered in
 * {@code META-INF/spring.factories}.
 */
public class UnsafeStorage extends AbstractFailureAnalyzer<UnsafeStorage.Refused> {

    /** Why the store was refused, in one line, naming the setting (never the URL, which may hold a password). */
    static final class Refused extends IllegalStateException {
        private final String action;

        Refused(String reason, String action) {
            super(reason + ": " + action);
            this.action = action;
        }
    }

    @Override
    protected FailureAnalysis analyze(Throwable root, Refused cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action, cause);
    }
}
