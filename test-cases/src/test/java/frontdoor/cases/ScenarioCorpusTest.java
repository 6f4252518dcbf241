package frontdoor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.rules.PolicyBundle;
import frontdoor.rules.Recommender;
import frontdoor.rules.cases.CaseRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every case file under test-cases/cases/ against the shipped policy bundle, one test per file. */
class ScenarioCorpusTest {
    static final Path CASES = Path.of("cases");
    static final CaseRunner RUNNER = new CaseRunner(Recommender.compile(PolicyBundle.shipped()));

    @TestFactory
    Stream<DynamicTest> everyCaseHolds() throws IOException {
        return CaseRunner.caseFiles(CASES).stream().map(file -> DynamicTest.dynamicTest(
                CASES.relativize(file).toString(), file.toUri(),
                () -> assertThat(RUNNER.run(file)).as("failures of %s", file).isEmpty()));
    }

    @Test
    void theCorpusIsLargeEnoughToProveThePolicy() throws IOException {
        assertThat(CaseRunner.caseFiles(CASES)).hasSizeGreaterThanOrEqualTo(100);
    }
}
