package frontdoor.service;

import frontdoor.rules.PolicyBundle;
import frontdoor.rules.Recommender;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The policy bundle in force: the one shipped in the jar until a practice lead publishes another. */
@Configuration
class PolicyConfiguration {

    @Bean
    Recommender recommender() {
        return Recommender.compile(PolicyBundle.shipped());
    }

    /** {@code /actuator/info} names the policy version in force. */
    @Bean
    InfoContributor policyInfo(Recommender recommender) {
        return info -> info.withDetail("policyVersion", recommender.policyVersion());
    }
}
