package frontdoor.service.policy;

import frontdoor.rules.DecisionMonitoring;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import java.util.List;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.kogito.KogitoGAV;
import org.kie.kogito.decision.DecisionModel;
import org.kie.kogito.monitoring.core.common.rule.RuleMetricsListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The KIE monitoring add-on on every policy version put in force: each DMN model is wrapped in
 * {@link TextOutcomeMetrics} (the add-on's {@code string_dmn_result} per decision, model and value) and each
 * escalation session gets a {@link RuleMetricsListener} ({@code drl_match_fired_nanosecond}, one sample per
 * firing, per rule). Only the Spring Boot add-on needs Kogito's generated application; these core classes
 * take any {@link MeterRegistry}, here the one {@code /actuator/prometheus} reads.
 *
 * <p><b>Which version.</b> The add-on tags every meter with the {@link KogitoGAV}'s {@code version} (and
 * {@code artifactId}); it has no other place for it. A version's engines are compiled with a GAV whose
 * version is the policy version id, so each version's counts are their own series, and a published version
 * starts from zero beside the old one. A meter-filter common tag would not do: it applies to the whole
 * registry, not to one version's meters.
 *
 * <p><b>No personal data.</b> The add-on records every top-level decision of a supported type, and the
 * threshold model has numeric ones derived from the child (its age). {@link TextOutcomeMetrics} records only
 * the text results ({@code string_dmn_result}: the RAG, the pathway, the age group, the version id as tag);
 * {@link #categoricalOutcomesOnly} denies any other result meter that something else might register.
 *
 * <p>The checks of a draft evaluate without these (its evaluations are not referrals): see {@link PolicyChecks}.
 */
@Configuration(proxyBeanMethods = false)
public class DecisionMetrics {
    /** The add-on's {@code artifactId} tag; its {@code version} tag is the policy version id. */
    static final String ARTIFACT = "frontdoor-policy";
    static final String DMN_RESULT_SUFFIX = "_dmn_result";
    static final String STRING_RESULT = "string" + DMN_RESULT_SUFFIX;

    /** The monitoring every version in force is compiled with. */
    @Bean
    DecisionMonitoring decisionMonitoring(MeterRegistry registry) {
        return monitoring(registry);
    }

    /** Text results only, as the class says. */
    @Bean
    MeterFilter categoricalOutcomesOnly() {
        return MeterFilter.deny(id -> id.getName().endsWith(DMN_RESULT_SUFFIX) && !id.getName().equals(STRING_RESULT));
    }

    static DecisionMonitoring monitoring(MeterRegistry registry) {
        return new DecisionMonitoring() {
            @Override
            public DecisionModel decisions(String policyVersion, DecisionModel model) {
                return new TextOutcomeMetrics(model, gav(policyVersion), registry);
            }

            @Override
            public List<AgendaEventListener> escalationListeners(String policyVersion, String ruleBase) {
                return List.of(new RuleMetricsListener(ruleBase, gav(policyVersion), registry));
            }
        };
    }

    static KogitoGAV gav(String policyVersion) {
        return new KogitoGAV("frontdoor", ARTIFACT, policyVersion);
    }
}
