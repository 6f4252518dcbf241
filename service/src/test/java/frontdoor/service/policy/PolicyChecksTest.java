package frontdoor.service.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The checks on a draft, as a practice lead's mistakes meet them: each is an error naming where it is. */
class PolicyChecksTest {
    static final PolicyChecks CHECKS = new PolicyChecks(new ScenarioCorpus());

    static Map<String, String> edited(String file, UnaryOperator<String> edit) {
        Map<String, String> files = new HashMap<>(PolicyFiles.shipped());
        String before = files.get(file);
        String after = edit.apply(before);
        assertThat(after).as("the edit changes " + file).isNotEqualTo(before);
        files.put(file, after);
        return files;
    }

    @Test
    void theShippedPolicyPassesEveryCheck() {
        PolicyChecks.Checked checked = CHECKS.run(PolicyFiles.shipped());
        assertThat(checked.report().errors()).isEmpty();
        assertThat(checked.report().casesRun()).isGreaterThan(200);
        assertThat(checked.report().referralsEvaluated()).isGreaterThan(1000);
        assertThat(checked.compiled().versionId()).isEqualTo(checked.report().versionId()).startsWith("default-");
    }

    @ParameterizedTest
    @EnumSource(BrokenDraft.class)
    void eachBrokenDraftIsAnErrorNamingWhereItIsBroken(BrokenDraft broken) {
        var report = CHECKS.run(broken.files()).report();
        assertThat(report.passed()).isFalse();
        assertThat(report.errors()).as(broken.name()).anyMatch(f -> broken.named(f.check(), f.file(), f.where(), f.problem()));
    }

    @Test
    void anUnknownCodeInARuleIsNamedByLine() {
        var report = CHECKS.run(edited("escalations.drl", s -> s.replace("code == \"PARENTAL_MENTAL_HEALTH\"", "code == \"PARENTAL_MENTAL_ILLNESS\""))).report();
        assertThat(report.errors()).anySatisfy(f -> {
            assertThat(f.file()).isEqualTo("escalations.drl");
            assertThat(f.where()).isEqualTo("line 35");
            assertThat(f.problem()).contains("PARENTAL_MENTAL_ILLNESS");
        });
    }
}
