package frontdoor.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
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

    /**
     * The service as built starts from the bean definitions the build prepared, takes a referral, and still reads at
     * start-up what only a council's deployment sets: the identity provider's registration (Spring Boot's own would
     * have been left out at build time, where none is set).
     */
    @Test
    void theServiceStartsFromThePreparedBeansAndReadsTheCouncilsSignInWhenItStarts(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String registration = "--spring.security.oauth2.client.registration.council.";
        String provider = "--spring.security.oauth2.client.provider.council.";
        List<String> command = javaJar("--spring.profiles.active=demo", "--server.port=" + port,
                registration + "client-id=frontdoor", registration + "client-secret=not-a-secret", registration + "scope=openid",
                registration + "authorization-grant-type=authorization_code",
                registration + "redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
                provider + "authorization-uri=http://127.0.0.1:9/authorize", provider + "token-uri=http://127.0.0.1:9/token",
                provider + "jwk-set-uri=http://127.0.0.1:9/keys");
        Path log = dir.resolve("service.log");
        Process service = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String referral = JSON.readTree(Path.of("../test-cases/cases/TC-0001.json").toFile()).get("referral").toString();
            HttpRequest post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/referrals"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("worker:demo".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(referral)).build();
            int status = 0;
            for (long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90); status != 201 && System.nanoTime() < until; ) {
                assertThat(service.isAlive()).as(Files.readString(log)).isTrue();
                try {
                    status = http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException notYet) {
                    Thread.sleep(200);
                }
            }
            assertThat(status).as(Files.readString(log)).isEqualTo(201);
            assertThat(Files.readString(log)).contains("Starting AOT-processed FrontdoorApplication");
            String signIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(signIn).contains("Sign in with your council account", "/oauth2/authorization/council");
        } finally {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private record Run(int exit, String out, String err) { }

    /** {@code java -jar target/frontdoor.jar ARGS}, on the Java running the tests. */
    private static List<String> javaJar(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static Run java(Path workingDir, String... args) throws IOException, InterruptedException {
        List<String> command = javaJar(args);
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
