package frontdoor.service.storage;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Makes the embedded H2 store durable however it is configured (and sizes its page cache), before the DataSource exists. H2 (2.x)
 * acknowledges a commit up to {@code WRITE_DELAY} ms (500 by default) before writing it to the file, so a
 * URL without {@code WRITE_DELAY=0} lets {@code kill -9} lose referrals the service had already acknowledged.
 * <ul>
 * <li>No {@code spring.datasource.url}: the store is {@code frontdoor} in {@code frontdoor.data-dir} (default
 * {@code ./data}), with the settings of {@link #ADDED}.</li>
 * <li>An H2 URL to a file: the settings of {@link #ADDED} it lacks are added; {@code WRITE_DELAY} other than 0 stops the
 * start. (In H2 2.x that is the one URL setting that delays writes: {@code LOG} and {@code UNDO_LOG} are gone, and
 * the store locks its file whatever {@code FILE_LOCK} says.)</li>
 * <li>In-memory H2 ({@code mem:}), an H2 server ({@code tcp:}, {@code ssl:}) and other databases: as given.</li>
 * </ul>
 * Registered in {@code META-INF/spring.factories}.
 */
public class DurableStorage implements EnvironmentPostProcessor {
    static final String URL = "spring.datasource.url";
    static final String DATA_DIR = "frontdoor.data-dir";
    private static final String H2 = "jdbc:h2:";
    /**
     * Each commit in the file before it returns; a row lock waited for up to 10 s; closed by the pool, not at JVM
     * exit; a page cache of 4 MB rather than H2's 16 (under load, written pages kept in a larger cache outlive the
     * young collections and fill the old generation: docs/benchmarks.md, "The collector and the p99").
     */
    static final Map<String, String> ADDED = new LinkedHashMap<>();

    static {
        ADDED.put("WRITE_DELAY", "0");
        ADDED.put("LOCK_TIMEOUT", "10000");
        ADDED.put("DB_CLOSE_ON_EXIT", "FALSE");
        ADDED.put("CACHE_SIZE", "4096");
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String given = environment.getProperty(URL);
        String url = StringUtils.hasText(given) ? durable(given) : inDataDir(environment.getProperty(DATA_DIR, "./data"));
        if (!url.equals(given)) {
            environment.getPropertySources().addFirst(new MapPropertySource("frontdoorDurableStorage", Map.of(URL, url)));
        }
    }

    /** The URL of the store {@code frontdoor} in this folder (made absolute: H2 refuses a path implicitly relative). */
    static String inDataDir(String dataDir) {
        return durable(H2 + "file:" + Path.of(dataDir).toAbsolutePath().normalize().resolve("frontdoor"));
    }

    /**
     * The URL with the settings of {@link #ADDED} it lacks if it is an H2 file, else as given.
     *
     * @throws UnsafeStorage.Refused in one line, naming the setting (never the URL, which may hold a password)
     */
    static String durable(String url) {
        if (!url.startsWith(H2)) {
            return url;
        }
        String[] parts = url.split("(?<!\\\\);"); // H2 takes "\;" as a ';' inside a value
        String name = parts[0].substring(H2.length());
        if (name.startsWith("mem:") || name.equals(".") || name.startsWith("tcp:") || name.startsWith("ssl:")) {
            return url;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals < 0) {
                continue; // H2 refuses it itself
            }
            String key = parts[i].substring(0, equals).toUpperCase(Locale.ROOT);
            String value = parts[i].substring(equals + 1);
            keys.add(key);
            if (key.equals("WRITE_DELAY") && !isZero(value)) {
                throw new UnsafeStorage.Refused("spring.datasource.url sets WRITE_DELAY=" + value + ", so H2 would acknowledge"
                        + " commits before writing them and a killed service would lose acknowledged referrals",
                        "remove WRITE_DELAY from the URL (the service then adds WRITE_DELAY=0) or set WRITE_DELAY=0");
            }
        }
        StringBuilder durable = new StringBuilder(url.endsWith(";") ? url.substring(0, url.length() - 1) : url);
        ADDED.forEach((key, value) -> {
            if (!keys.contains(key)) {
                durable.append(';').append(key).append('=').append(value);
            }
        });
        return durable.toString();
    }

    private static boolean isZero(String value) {
        try {
            return Integer.parseInt(value) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
