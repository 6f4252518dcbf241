package frontdoor.rules;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.kogito.KogitoGAV;
import org.kie.kogito.decision.DecisionModel;
import org.kie.kogito.monitoring.core.common.rule.RuleMetricsListener;

/**
 * The KIE monitoring add-on around a version's engines, into a registry the caller gives: each DMN model's
 * text results ({@code string_dmn_result} per decision, model and value, {@link TextOutcomeMetrics}) and each
 * escalation session's firings ({@code drl_match_fired_nanosecond} per rule, the add-on's {@link RuleMetricsListener}).
 * The service records these for the version in force; the benchmark measures a recommendation with them.
 *
 * <p><b>Which version.</b> The add-on tags every meter with the {@link KogitoGAV}'s {@code version} (and
 * {@code artifactId}); it has no other place for it. A version's meters carry its policy version id, so each
 * version's counts are their own series, and a published version starts from zero beside the old one.
 */
public final class KieMonitoring {
    /** The add-on's {@code artifactId} tag; its {@code version} tag is the policy version id. */
    public static final String ARTIFACT = "frontdoor-policy";

    private KieMonitoring() {
    }

    /** The add-on's metrics of every version it is given, into {@code registry}. */
    public static DecisionMonitoring into(MeterRegistry registry) {
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

    private static KogitoGAV gav(String policyVersion) {
        return new KogitoGAV("frontdoor", ARTIFACT, policyVersion);
    }
}
