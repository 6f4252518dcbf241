package frontdoor.service.security;

import frontdoor.service.audit.AuditLog;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The {@link SignInGuard} from {@code frontdoor.sign-in.*} (docs/operations.md), and what it tells of a lockout. */
@Configuration
class SignInGuarding {

    @Bean
    SignInGuard signInGuard(ObjectProvider<Clock> clock, JdbcClient jdbc, TransactionTemplate tx,
                            @Value("${frontdoor.sign-in.max-failures:5}") int maxFailures,
                            @Value("${frontdoor.sign-in.window:15m}") Duration window,
                            @Value("${frontdoor.sign-in.first-delay:1m}") Duration firstDelay,
                            @Value("${frontdoor.sign-in.longest-delay:1h}") Duration longestDelay) {
        SignInGuard guard = new SignInGuard(clock.getIfAvailable(Clock::systemUTC),
                new SignInGuard.SignInLimits(maxFailures, window, firstDelay, longestDelay), new SignInFailures(jdbc, tx));
        guard.followEvery(SignInGuard.FOLLOW);
        return guard;
    }

    @Bean
    LockoutRecorder lockoutRecorder(AuditLog audit, TransactionTemplate tx, MeterRegistry registry) {
        return new LockoutRecorder(audit, tx, registry);
    }
}
