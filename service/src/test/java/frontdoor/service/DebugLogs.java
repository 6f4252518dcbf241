package frontdoor.service;

import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * The service's and Spring's web, security and data loggers at DEBUG for each test, back as configured after
 * it: for tests that search every log line for what must never be logged.
 */
public class DebugLogs implements BeforeEachCallback, AfterEachCallback {
    static final List<String> LOGGERS = List.of("frontdoor", "org.springframework.web", "org.springframework.security",
            "org.springframework.jdbc", "org.springframework.data");

    private static LoggingSystem logging() {
        return LoggingSystem.get(DebugLogs.class.getClassLoader());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        LOGGERS.forEach(name -> logging().setLogLevel(name, LogLevel.DEBUG));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        LOGGERS.forEach(name -> logging().setLogLevel(name, null));
    }
}
