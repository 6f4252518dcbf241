package frontdoor.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** Where the audit key comes from: configuration; on PostgreSQL nothing else; on the embedded H2 a key made once in the data folder. */
class AuditKeyConfigurationTest {
    final AuditKeyConfiguration configuration = new AuditKeyConfiguration();

    @Test
    void onPostgresTheServiceRefusesToStartWithoutAKey() throws Exception {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/frontdoor");
        assertThatThrownBy(() -> configuration.auditKeys(env)).hasMessageStartingWith("No audit key: set frontdoor.audit.key");
        env.setProperty("frontdoor.audit.key", "short");
        assertThatThrownBy(() -> configuration.auditKeys(env)).hasMessageContaining("shorter than 32 characters");
        env.setProperty("frontdoor.audit.key", "a-council-key-from-its-secret-store-0123456789");
        env.setProperty("frontdoor.audit.key-id", "2026-12");
        env.setProperty("frontdoor.audit.retired-keys.2026-01", "the-key-before-it-from-the-secret-store-0123");
        AuditKeys keys = configuration.auditKeys(env);
        assertThat(keys.currentId()).isEqualTo("2026-12");
        assertThat(keys.knows("2026-01")).isTrue();
    }

    @Test
    void onTheEmbeddedH2AKeyIsMadeOnceInTheDataFolder(@TempDir Path dir) throws Exception {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("frontdoor"))
                .withProperty("frontdoor.data-dir", dir.toString());
        AuditKeys first = configuration.auditKeys(env);
        String made = Files.readString(dir.resolve("audit.key"));
        AuditKeys again = configuration.auditKeys(env);
        assertThat(Files.readString(dir.resolve("audit.key"))).isEqualTo(made);
        assertThat(first.currentId()).isEqualTo("local");
        assertThat(again.seal("local", "x")).isEqualTo(first.seal("local", "x"));
    }
}
