package frontdoor.service.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The audit keys from configuration: {@code frontdoor.audit.key} (at least 32 characters) named
 * {@code frontdoor.audit.key-id} (default {@code 1}), and the keys it replaced,
 * {@code frontdoor.audit.retired-keys.<id>}. On PostgreSQL (or any database but the embedded H2) the service
 * will not start without a key. On the embedded H2 alone (a trial on one machine, as the README starts it) a
 * missing key is made once, at random, in the data folder ({@code audit.key}), with a warning: whoever can
 * write that folder can read it, so a council gives the key from its secret store instead.
 */
@Configuration
class AuditKeyConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(AuditKeyConfiguration.class);
    static final String LOCAL_KEY_ID = "local";

    @Bean
    AuditKeys auditKeys(Environment env) throws IOException {
        Map<String, String> retired = Binder.get(env).bind("frontdoor.audit.retired-keys", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        String key = env.getProperty("frontdoor.audit.key");
        if (key != null && !key.isBlank()) {
            return AuditKeys.of(env.getProperty("frontdoor.audit.key-id", "1"), key.strip(), retired);
        }
        if (!env.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:")) {
            throw new IllegalStateException("No audit key: set frontdoor.audit.key (at least " + AuditKeys.MIN_LENGTH
                    + " characters, e.g. from `openssl rand -base64 48`, given from the council's secret store) and "
                    + "frontdoor.audit.key-id (docs/operations.md, \"The audit key\"). It seals the audit chain and is never kept in the database.");
        }
        return AuditKeys.of(LOCAL_KEY_ID, localKey(Path.of(env.getProperty("frontdoor.data-dir", "./data"))), retired);
    }

    private static String localKey(Path dataDir) throws IOException {
        Path file = dataDir.resolve("audit.key");
        if (!Files.exists(file)) {
            Files.createDirectories(dataDir);
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            Files.writeString(file, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                LOG.debug("No POSIX permissions here");
            }
        }
        LOG.warn("The audit chain is sealed with a key kept in {} beside the database: fine for a trial; for real use "
                + "set frontdoor.audit.key from a secret store (docs/operations.md)", file.toAbsolutePath().normalize());
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }
}
