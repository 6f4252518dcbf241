package frontdoor.service.policy;

import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.service.FrontdoorApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The service keeps what it compiled in its data folder, so a restart on the same database does not compile the rules again. */
@ExtendWith(OutputCaptureExtension.class)
class CompiledVersionsTest {

    @Test
    void aRestartLoadsTheVersionInForceFromTheCompileCache(@TempDir Path dir, CapturedOutput output) {
        String version;
        try (ConfigurableApplicationContext service = start(dir)) {
            version = service.getBean(PolicyHolder.class).current().versionId();
        }
        String compiled = "Escalation rules of " + version + " compiled";
        String loaded = "Escalation rules of " + version + " loaded from the compile cache";
        assertThat(output.getAll()).contains(compiled).doesNotContain(loaded);
        assertThat(Files.exists(dir.resolve("compiled").resolve(version + ".kjar"))).isTrue();
        int before = output.getAll().length();

        try (ConfigurableApplicationContext service = start(dir)) {
            assertThat(service.getBean(PolicyHolder.class).current().versionId()).isEqualTo(version);
        }
        String restart = output.getAll().substring(before);
        assertThat(restart).contains(loaded).doesNotContain(compiled);
    }

    @Test
    void noneCompilesOnEveryStartAndKeepsNothing(@TempDir Path dir, CapturedOutput output) {
        try (ConfigurableApplicationContext service = start(dir, "--frontdoor.compile-cache=none")) {
            assertThat(output.getAll()).contains("Escalation rules of " + service.getBean(PolicyHolder.class).current().versionId() + " compiled");
        }
        assertThat(dir.resolve("compiled")).doesNotExist();
    }

    /** As the jar starts: the early compile starts once the settings are read. */
    static ConfigurableApplicationContext start(Path dataDir, String... args) {
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of("--frontdoor.data-dir=" + dataDir),
                java.util.Arrays.stream(args)).toArray(String[]::new);
        return new SpringApplicationBuilder(FrontdoorApplication.class).listeners(EarlyCompile.onStart())
                .properties("server.port=0", "server.address=127.0.0.1", "frontdoor.allocation.watch-seconds=0").run(all);
    }
}
