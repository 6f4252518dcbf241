package frontdoor.service.storage;

import frontdoor.service.ServiceTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same contract on a real PostgreSQL (binaries from Maven Central, started once per test run). The context is
 * closed after the class, while the database still runs: left to the end of the run, it would be closed alongside
 * the database's own shutdown, and its last audit checkpoint would wait for connections that never come.
 */
@ServiceTest
@DirtiesContext
class PostgresStorageTest extends StorageContract {
    private static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> started().getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    static synchronized EmbeddedPostgres started() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going anyway
                }
            }));
        }
        return postgres;
    }
}
