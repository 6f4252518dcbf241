package frontdoor.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar as the build delivers it (target/frontdoor.jar with its libraries in target/lib/), run with plain
 * {@code java -jar} after the package phase: what a council runs, not the test class path.
 */
class BuiltJarIT {
    private static final Path JAR = Path.of("target", "frontdoor.jar");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Test
    void recommendPrintsOnlyTheRecommendationOnStdout(@TempDir Path dir) throws IOException, InterruptedException {
        JsonNode tc = JSON.readTree(Path.of("../test-cases/cases/TC-0001.json").toFile());
        Path referral = Files.writeString(dir.resolve("r.json"), JSON.writeValueAsString(tc.get("referral")));
        // From another folder, as a deployment would run it: the manifest finds lib/ beside the jar.
        Run run = java(dir, "recommend", "--cache", dir.resolve("cache").toString(), referral.toString());
        assertThat(run.exit).as(run.err).isZero();
        JsonNode recommendation = JSON.readTree(run.out);
        assertThat(recommendation.get("rag").asText()).isEqualTo("RED");
        assertThat(recommendation.get("pathway").asText()).isEqualTo("STRATEGY_DISCUSSION");
        assertThat(recommendation.get("policyVersion").asText()).startsWith("default-");
    }

    @Test
    void helpNamesEveryCommand(@TempDir Path dir) throws IOException, InterruptedException {
        Run run = java(dir, "--help");
        assertThat(run.exit).isZero();
        assertThat(run.out).contains("frontdoor.jar recommend", "frontdoor.jar cases", "frontdoor.jar plan", "frontdoor.jar impact");
    }

    private record Run(int exit, String out, String err) { }

    private static Run java(Path workingDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path err = workingDir.resolve("stderr.txt");
        Process java = new ProcessBuilder(command).directory(workingDir.toFile()).redirectError(err.toFile()).start();
        String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!java.waitFor(60, TimeUnit.SECONDS)) {
            java.destroyForcibly();
            throw new AssertionError("java -jar " + String.join(" ", args) + " did not end within 60 s");
        }
        return new Run(java.exitValue(), out, Files.readString(err));
    }
}
