package frontdoor.service.policy;

import frontdoor.rules.DecisionMonitoring;
import frontdoor.rules.KieMonitoring;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The KIE monitoring add-on on every policy version put in force ({@link KieMonitoring}), into the registry
 * {@code /actuator/prometheus} reads: the outcomes of each version ({@code string_dmn_result}) and its rule
 * firings ({@code drl_match_fired_nanosecond}), each under the version's own id.
 *
 * <p><b>No personal data.</b> The threshold model has numeric results derived from the child (its age):
 * {@link KieMonitoring} records only the text results (the RAG, the pathway, the age group, the version id as
 * tag), and {@link #categoricalOutcomesOnly} denies any other result meter that something else might register.
 *
 * <p>The checks of a draft evaluate without these (its evaluations are not referrals): see {@link PolicyChecks}.
 */
@Configuration(proxyBeanMethods = false)
public class DecisionMetrics {
    static final String DMN_RESULT_SUFFIX = "_dmn_result";
    static final String STRING_RESULT = "string" + DMN_RESULT_SUFFIX;

    /** The monitoring every version in force is compiled with. */
    @Bean
    DecisionMonitoring decisionMonitoring(MeterRegistry registry) {
        return KieMonitoring.into(registry);
    }

    /** Text results only, as the class says. */
    @Bean
    MeterFilter categoricalOutcomesOnly() {
        return MeterFilter.deny(id -> id.getName().endsWith(DMN_RESULT_SUFFIX) && !id.getName().equals(STRING_RESULT));
    }
}
