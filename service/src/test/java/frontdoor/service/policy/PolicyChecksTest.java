package frontdoor.service.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

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

    @Test
    void aBrokenFeelCellIsNamedByFileTableAndRow() {
        var report = CHECKS.run(edited("screening.dmn", s -> s.replaceFirst("<text>count\\(\\?\\) &gt; 0</text>", "<text>count(? &gt; 0</text>"))).report();
        assertThat(report.passed()).isFalse();
        assertThat(report.errors()).anySatisfy(f -> {
            assertThat(f.file()).isEqualTo("screening.dmn");
            assertThat(f.where()).isEqualTo("table \"RAG rating\", row 1");
        });
    }

    @Test
    void anUnknownCatalogueCodeIsNamedByFileTableAndRow() {
        var report = CHECKS.run(edited("screening.dmn", s -> s.replace("list contains(?, \"DOMESTIC_ABUSE_MEDIUM\")",
                "list contains(?, \"DOMESTIC_ABUSE_MEDIUMM\")"))).report();
        assertThat(report.errors()).anySatisfy(f -> {
            assertThat(f.check()).isEqualTo("catalogue");
            assertThat(f.file()).isEqualTo("screening.dmn");
            assertThat(f.where()).startsWith("table \"RAG rating\", row 5");
            assertThat(f.problem()).contains("DOMESTIC_ABUSE_MEDIUMM");
        });
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

    @Test
    void aPathwayWithoutARecipeIsNamedByTableAndRow() {
        var report = CHECKS.run(edited("recipes.json", s -> s.replaceFirst("\"EARLY_HELP\"\\s*:\\s*\\[[^]]*],?", ""))).report();
        assertThat(report.errors()).anySatisfy(f -> {
            assertThat(f.check()).isEqualTo("recipes");
            assertThat(f.file()).isEqualTo("screening.dmn");
            assertThat(f.where()).startsWith("table \"Pathway\", row ");
            assertThat(f.problem()).contains("EARLY_HELP");
        });
    }

    @Test
    void aRowMakingAnImmediateConcernAmberBreaksTheSafetyInvariantNamingAnExampleReferral() {
        var report = CHECKS.run(edited("screening.dmn", s -> s.replaceFirst("<outputEntry><text>\"RED\"</text></outputEntry>\\s*<outputEntry><text>Immediate codes",
                "<outputEntry><text>\"AMBER\"</text></outputEntry>\n        <outputEntry><text>Immediate codes"))).report();
        assertThat(report.errors()).anySatisfy(f -> {
            assertThat(f.check()).isEqualTo("safety");
            assertThat(f.problem()).contains("a concern marked immediate always gives RED");
            assertThat(f.where()).startsWith("example referral: concerns [");
        });
    }

    @Test
    void anOverlapInAUniqueTableAndARenamedDecisionAreErrors() {
        Map<String, String> files = edited("threshold.dmn", s -> s.replace("<text>[5..18)</text>", "<text>[4..18)</text>"));
        files.put("screening.dmn", files.get("screening.dmn").replace("name=\"Information gaps\"", "name=\"Gaps\""));
        var report = CHECKS.run(files).report();
        assertThat(report.errors()).anySatisfy(f -> assertThat(f.check() + f.file() + f.problem()).contains("decision tables", "threshold.dmn", "Age group"));
        assertThat(report.errors()).anySatisfy(f -> assertThat(f.file() + ": " + f.problem()).contains("screening.dmn: decision \"Information gaps\" is missing"));
    }
}
