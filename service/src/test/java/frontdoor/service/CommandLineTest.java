package frontdoor.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import frontdoor.service.policy.PolicyFiles;
import frontdoor.service.policy.PolicyInForce;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** {@code --help} prints what the jar does and exits; it must not start a service on port 8080. */
    @Test
    void helpPrintsEveryCommandAndHowToStartTheService() {
        for (String help : new String[] {"--help", "-h", "help"}) {
            assertThat(CommandLine.handles(new String[] {help})).isTrue();
            out.reset();
            assertThat(run(help)).isZero();
            assertThat(out()).contains("frontdoor.jar recommend", "frontdoor.jar cases", "frontdoor.jar plan", "frontdoor.jar impact",
                    "start the service");
        }
        assertThat(CommandLine.handles(new String[] {"--server.port=9000"})).isFalse();
    }

    @Test
    void casesOnTheCorpusPassesAndEndsWithTheSummaryLine() {
        int status = run("cases", "../test-cases/cases");
        assertThat(out().lines().reduce((a, b) -> b)).get().asString().matches("\\d+ passed, 0 failed");
        assertThat(status).isZero();
    }

    @Test
    void casesOnAnyFolderNamesEachFailureAndExitsNonZero(@TempDir Path dir) throws IOException {
        Path nested = Files.createDirectories(dir.resolve("a/b"));
        String tc = Files.readString(Path.of("../test-cases/cases/TC-0001.json"));
        Files.writeString(nested.resolve("ok.json"), tc);
        Files.writeString(nested.resolve("wrong.json"), tc.replace("\"TC-0001\"", "\"MY-1\"").replace("\"rag\": \"RED\"", "\"rag\": \"GREEN\""));
        int status = run("cases", dir.toString());
        assertThat(out()).contains("MY-1 rag: expected GREEN, got RED").endsWith("1 passed, 1 failed" + System.lineSeparator());
        assertThat(status).isEqualTo(1);
    }

    @Test
    void recommendPrintsTheRecommendationAsJson(@TempDir Path dir) throws IOException {
        String tc = Files.readString(Path.of("../test-cases/cases/TC-0001.json"));
        String referral = tc.substring(tc.indexOf("\"referral\": ") + 12, tc.indexOf(",\n  \"expect\""));
        Path file = Files.writeString(dir.resolve("r.json"), referral);
        assertThat(run("recommend", file.toString())).isZero();
        assertThat(out()).contains("\"rag\" : \"RED\"", "\"pathway\" : \"STRATEGY_DISCUSSION\"", "\"policyVersion\" : \"default-");
    }

    /** A version exported from the API (its files in a folder) is what {@code --policy} evaluates, by the same version id. */
    @Test
    void recommendWithPolicyEvaluatesAnExportedVersion(@TempDir Path dir) throws IOException {
        Map<String, String> files = new java.util.HashMap<>(PolicyFiles.shipped());
        files.put("timescales.json", files.get("timescales.json").replace("PT4H", "PT2H"));
        Path policy = Files.createDirectories(dir.resolve("policy"));
        for (var f : files.entrySet()) {
            Files.writeString(policy.resolve(f.getKey()), f.getValue());
        }
        String tc = Files.readString(Path.of("../test-cases/cases/TC-0001.json"));
        Path referral = Files.writeString(dir.resolve("r.json"), tc.substring(tc.indexOf("\"referral\": ") + 12, tc.indexOf(",\n  \"expect\"")));
        assertThat(run("recommend", "--policy", policy.toString(), referral.toString())).isZero();
        String version = PolicyInForce.compile(files).versionId();
        assertThat(out()).contains("\"rag\" : \"RED\"", "\"screeningDueBy\" : \"2026-11-23T11:15:00Z\"", "\"policyVersion\" : \"" + version + "\"");
        assertThat(run("cases", "--policy", dir.resolve("nowhere").toString(), "../test-cases/cases")).isEqualTo(2);
        out.reset();
        assertThat(run("recommend", referral.toString())).isZero();
        assertThat(out()).as("without --policy: the shipped version, by the id the service gives it")
                .contains("\"policyVersion\" : \"" + PolicyInForce.compile(PolicyFiles.shipped()).versionId() + "\"");
    }

    /** --cache DIR keeps the compiled version there; the next run loads it and prints the same recommendation. */
    @Test
    void recommendWithCacheKeepsTheCompiledVersionAndRecommendsTheSame(@TempDir Path dir) throws IOException {
        String tc = Files.readString(Path.of("../test-cases/cases/TC-0001.json"));
        Path referral = Files.writeString(dir.resolve("r.json"), tc.substring(tc.indexOf("\"referral\": ") + 12, tc.indexOf(",\n  \"expect\"")));
        Path cache = dir.resolve("cache");
        assertThat(run("recommend", "--cache", cache.toString(), referral.toString())).isZero();
        String first = out();
        String version = PolicyInForce.compile(PolicyFiles.shipped()).versionId();
        assertThat(cache.resolve(version + ".kjar")).isNotEmptyFile();
        assertThat(cache.resolve(version + ".validated")).isRegularFile();
        long written = Files.getLastModifiedTime(cache.resolve(version + ".kjar")).toMillis();

        Path policy = Files.createDirectories(dir.resolve("policy"));
        for (var f : PolicyFiles.shipped().entrySet()) {
            Files.writeString(policy.resolve(f.getKey()), f.getValue());
        }
        out.reset();
        assertThat(run("recommend", "--policy", policy.toString(), "--cache", cache.toString(), referral.toString())).isZero();
        assertThat(out()).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(cache.resolve(version + ".kjar")).toMillis()).as("loaded, not written again").isEqualTo(written);
        out.reset();
        assertThat(run("recommend", "--cache", "none", referral.toString())).isZero();
        assertThat(out()).isEqualTo(first).contains("\"policyVersion\" : \"" + version + "\"");
    }

    /** As the jar runs it: its own JVM, which the command first asks to leave its code to the quick compiler. */
    @Test
    void recommendRunsAsItsOwnProcess(@TempDir Path dir) throws IOException, InterruptedException {
        String tc = Files.readString(Path.of("../test-cases/cases/TC-0001.json"));
        Path referral = Files.writeString(dir.resolve("r.json"), tc.substring(tc.indexOf("\"referral\": ") + 12, tc.indexOf(",\n  \"expect\"")));
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), FrontdoorApplication.class.getName(), "recommend", "--cache",
                dir.resolve("cache").toString(), referral.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String printed = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor()).isZero();
        assertThat(printed).contains("\"rag\" : \"RED\"", "\"pathway\" : \"STRATEGY_DISCUSSION\"");
    }

    @Test
    void recommendRefusesBadInputNamingEveryField(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"referralId\":\"bad id!\",\"concerns\":[{\"code\":\"NOPE\",\"agency\":\"POLICE\"}]}");
        assertThat(run("recommend", file.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("$.referralId", "$.receivedAt: is required",
                "$.concerns[0].code: is not in the indicator catalogue in force", "$.consent: is required");
    }
}
