package frontdoor.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.Recommender;
import frontdoor.rules.StrictJson;
import frontdoor.rules.cases.CaseRunner;
import frontdoor.service.policy.PolicyFiles;
import frontdoor.service.policy.PolicyInForce;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code impact --policy DIR --referrals DIR}: the corpus's referrals on a version whose R5 says GREEN, counted as by hand. */
class ImpactCommandTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theCorpusOnADraftWhoseR5IsGreenCountsAsAReplayByHand(@TempDir Path dir) throws IOException {
        Map<String, String> files = new java.util.HashMap<>(PolicyFiles.shipped());
        files.put("screening.dmn", files.get("screening.dmn").replaceFirst(
                "<outputEntry><text>\"AMBER\"</text></outputEntry>(\\s*<outputEntry><text>Referral facts.Concern codes\\[item = \"DOMESTIC_ABUSE_MEDIUM\")",
                "<outputEntry><text>\"GREEN\"</text></outputEntry>$1"));
        files.remove("weights.json"); // a folder without the planner's files takes the shipped ones
        Path policy = Files.createDirectories(dir.resolve("policy"));
        for (var f : files.entrySet()) {
            Files.writeString(policy.resolve(f.getKey()), f.getValue());
        }
        assertThat(run("impact", "--policy", policy.toString(), "--referrals", "../test-cases/cases")).isZero();
        JsonNode report = StrictJson.DOCUMENT.tree(out.toString(StandardCharsets.UTF_8));

        Recommender before = PolicyInForce.compile(PolicyFiles.shipped()).recommender();
        files.put("weights.json", PolicyFiles.shipped().get("weights.json"));
        Recommender after = PolicyInForce.compile(files).recommender();
        int referrals = 0;
        int rag = 0;
        List<Path> cases = CaseRunner.caseFiles(Path.of("../test-cases/cases"));
        for (Path file : cases) {
            try {
                var referral = before.reader().read(StrictJson.DOCUMENT.tree(Files.readString(file)).get("referral"));
                referrals++;
                rag += before.recommend(referral).rag() != after.recommend(referral).rag() ? 1 : 0;
            } catch (InvalidInputException refused) {
                // a bad-input case: not evaluated
            }
        }
        assertThat(report.path("base").asText()).isEqualTo(before.policyVersion());
        assertThat(report.path("referrals").asInt()).isEqualTo(referrals);
        assertThat(report.path("notEvaluated").size()).isEqualTo(cases.size() - referrals);
        assertThat(report.path("changed").path("rag").asInt()).isEqualTo(rag).isPositive();
        assertThat(report.path("lower").asInt()).isEqualTo(rag);
        assertThat(report.path("falls").size()).isEqualTo(rag);
        assertThat(report.path("byRule").get(0).path("before").get(0).asText()).isEqualTo("R5");
        assertThat(run("impact", "--policy", policy.toString())).isEqualTo(2);
    }
}
