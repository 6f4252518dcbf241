package frontdoor.service.retention;

import frontdoor.service.audit.AuditLog;
import frontdoor.service.policy.PolicyHolder;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link Retention} from configuration: plans are kept {@code frontdoor.retention.plan-days} (30) days;
 * referrals are anonymised after {@code frontdoor.retention.referral-months}, which the council's records
 * policy sets (never under 12), and are kept whole until it is set. {@link RetentionTimer} runs it.
 */
@Configuration
class RetentionConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionConfiguration.class);

    @Bean
    Retention retention(JdbcClient jdbc, AuditLog audit, PolicyHolder policy, ObjectProvider<Clock> clock,
                        @Value("${frontdoor.retention.plan-days:30}") int planDays,
                        @Value("${frontdoor.retention.referral-months:#{null}}") Integer referralMonths) {
        if (referralMonths == null) {
            LOG.info("Referrals are kept whole: set frontdoor.retention.referral-months (12 or more) to anonymise older ones");
        }
        return new Retention(jdbc, audit, policy, clock.getIfAvailable(Clock::systemUTC), planDays, referralMonths);
    }
}
