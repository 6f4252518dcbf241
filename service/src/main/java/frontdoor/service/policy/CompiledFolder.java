package frontdoor.service.policy;

import frontdoor.rules.CompileCache;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Where the service keeps its compiled versions between starts (docs/operations.md "Compiled versions"): files in
 * {@code frontdoor.compile-cache} (default the folder {@code compiled} in {@code frontdoor.data-dir}; {@code none}:
 * compile on every start). Files rather than the database because the shipped version is compiled before the
 * database is open (beside Spring's start), and because an entry is derived from the version's stored files, never
 * a record of its own: losing the folder costs one compile per version, nothing else.
 */
@Configuration(proxyBeanMethods = false)
class CompiledFolder {
    static final String PROPERTY = "frontdoor.compile-cache";

    /** The cache the settings name. */
    static CompileCache of(Environment env) {
        String dir = env.getProperty(PROPERTY);
        if ("none".equals(dir)) {
            return CompileCache.NONE;
        }
        return CompileCache.folder(dir != null ? Path.of(dir) : Path.of(env.getProperty("frontdoor.data-dir", "./data"), "compiled"));
    }

    @Bean
    CompileCache compileCache(Environment env) {
        return of(env);
    }
}
