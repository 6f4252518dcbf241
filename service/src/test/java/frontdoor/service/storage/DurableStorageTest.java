package frontdoor.service.storage;

import static frontdoor.service.storage.DurableStorage.durable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.springframework.jdbc.core.simple.JdbcClient;

/** The H2 URL rules of {@link DurableStorage}, and the service starting (or refusing to) by them. */
@ExtendWith(OutputCaptureExtension.class)
class DurableStorageTest {
    static final String SETTINGS = ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=4096";

    @Test
    void theDataDirHoldsTheStoreWithTheDurableSettings() {
        assertThat(DurableStorage.inDataDir("/var/lib/frontdoor")).isEqualTo("jdbc:h2:file:/var/lib/frontdoor/frontdoor" + SETTINGS);
        assertThat(DurableStorage.inDataDir("./data"))
                .isEqualTo("jdbc:h2:file:" + Path.of("data").toAbsolutePath().resolve("frontdoor") + SETTINGS);
    }

    @Test
    void anH2FileUrlGetsTheDurableSettingsItLacks() {
        assertThat(durable("jdbc:h2:file:./elsewhere/store")).isEqualTo("jdbc:h2:file:./elsewhere/store" + SETTINGS);
        assertThat(durable("jdbc:h2:/srv/store;")).isEqualTo("jdbc:h2:/srv/store" + SETTINGS);
        assertThat(durable("jdbc:h2:./store;lock_timeout=2000;write_delay=0;CACHE_SIZE=8192"))
                .isEqualTo("jdbc:h2:./store;lock_timeout=2000;write_delay=0;CACHE_SIZE=8192;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(durable("jdbc:h2:file:/srv/store" + SETTINGS)).isEqualTo("jdbc:h2:file:/srv/store" + SETTINGS);
        assertThat(durable("jdbc:h2:./store;INIT=SET SCHEMA_SEARCH_PATH A\\;SET WRITE_DELAY 0"))
                .isEqualTo("jdbc:h2:./store;INIT=SET SCHEMA_SEARCH_PATH A\\;SET WRITE_DELAY 0" + SETTINGS);
    }

    @Test
    void aDelayedWriteIsRefusedInOneLineNamingTheSettingNotTheUrl() {
        assertThatThrownBy(() -> durable("jdbc:h2:file:/srv/store;PASSWORD=secret;WRITE_DELAY=500"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("spring.datasource.url sets WRITE_DELAY=500")
                .hasMessageContaining("remove WRITE_DELAY from the URL")
                .message().doesNotContain("\n", "secret", "/srv");
        assertThatThrownBy(() -> durable("jdbc:h2:./store;Write_Delay=10")).hasMessageContaining("WRITE_DELAY=10");
    }

    @Test
    void memoryServersAndOtherDatabasesAreLeftAsGiven() {
        for (String url : new String[] {"jdbc:h2:mem:x;DB_CLOSE_DELAY=-1", "jdbc:h2:mem:;WRITE_DELAY=500", "jdbc:h2:.",
                "jdbc:h2:tcp://db/~/store", "jdbc:h2:ssl://db/store;WRITE_DELAY=0", "jdbc:postgresql://db:5432/frontdoor"}) {
            assertThat(durable(url)).isEqualTo(url);
        }
    }

    @Test
    void theServiceStoresInTheDataDirWithoutWriteDelay(@TempDir Path dir) {
        try (ConfigurableApplicationContext service = start("--frontdoor.data-dir=" + dir)) {
            var delay = service.getBean(JdbcClient.class)
                    .sql("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")
                    .query(String.class).list();
            assertThat(delay).containsOnly("0");
        }
        assertThat(Files.exists(dir.resolve("frontdoor.mv.db"))).isTrue();
    }

    @Test
    void theServiceRefusesToStartOnAnH2UrlThatDelaysWrites(@TempDir Path dir, CapturedOutput output) {
        assertThatThrownBy(() -> start("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("store") + ";WRITE_DELAY=500").close())
                .hasMessageStartingWith("spring.datasource.url sets WRITE_DELAY=500,");
        assertThat(output).contains("APPLICATION FAILED TO START", "spring.datasource.url sets WRITE_DELAY=500, so H2 would acknowledge commits before writing them",
                "Action:", "remove WRITE_DELAY from the URL").doesNotContain("\tat frontdoor.service.storage.DurableStorage");
        assertThat(dir).isEmptyDirectory();
    }

    static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(FrontdoorApplication.class)
                .properties("server.port=0", "server.address=127.0.0.1", "frontdoor.allocation.watch-seconds=0").run(args);
    }
}
