package frontdoor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.Json;
import frontdoor.rules.PolicyBundle;
import frontdoor.rules.Recommendation;
import frontdoor.rules.Recommender;
import frontdoor.rules.cases.CaseRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every case file under test-cases/cases/ against the shipped policy bundle, one test per file. */
class ScenarioCorpusTest {
    static final Path CASES = Path.of("cases");
    static final Recommender RECOMMENDER = Recommender.compile(PolicyBundle.shipped());
    static final CaseRunner RUNNER = new CaseRunner(RECOMMENDER);

    @TestFactory
    Stream<DynamicTest> everyCaseHolds() throws IOException {
        return CaseRunner.caseFiles(CASES).stream().map(file -> DynamicTest.dynamicTest(
                CASES.relativize(file).toString(), file.toUri(),
                () -> assertThat(RUNNER.run(file)).as("failures of %s", file).isEmpty()));
    }

    /** docs/policy-rules.md "Escalations" and "Reasons": each escalation applies once, and no row or rule is a reason twice for an output. */
    @TestFactory
    Stream<DynamicTest> noRuleIsAReasonTwice() throws IOException {
        List<Path> accepted = new ArrayList<>();
        for (Path file : CaseRunner.caseFiles(CASES)) {
            if (!Json.MAPPER.readTree(file.toFile()).path("expect").path("rejected").asBoolean(false)) {
                accepted.add(file);
            }
        }
        return accepted.stream().map(file -> DynamicTest.dynamicTest(CASES.relativize(file).toString(), () -> {
            JsonNode tc = Json.MAPPER.readTree(file.toFile());
            Recommendation r = RECOMMENDER.recommend(RECOMMENDER.reader().read(tc.get("referral")));
            assertThat(r.reasons()).extracting(reason -> reason.output() + " " + reason.rule()).doesNotHaveDuplicates();
        }));
    }

    @Test
    void theCorpusIsLargeEnoughToProveThePolicy() throws IOException {
        assertThat(CaseRunner.caseFiles(CASES)).hasSizeGreaterThanOrEqualTo(100);
    }
}
