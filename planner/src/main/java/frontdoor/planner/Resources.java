package frontdoor.planner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.Json;
import frontdoor.rules.JsonChecks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the planner's shipped policy files and parses JSON into trees, naming a syntax error as a problem. */
final class Resources {
    private Resources() {
    }

    static String text(String name) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the planner jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " cannot be read", e);
        }
    }

    /** The JSON tree, or null with a problem at {@code $} when the text is not JSON. */
    static JsonNode tree(String json, JsonChecks checks) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            checks.problem("$", "is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
            return null;
        }
    }
}
