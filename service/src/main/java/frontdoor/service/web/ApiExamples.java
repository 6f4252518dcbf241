package frontdoor.service.web;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.StrictJson;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The OpenAPI document's examples, as files (resources {@code openapi/examples/}), each set on every JSON
 * request body and success answer of its schema: {@code Referral.json} on the referral, and, for a body of
 * several shapes, one named example per file of a folder ({@code PlanChange/2-move.json} is the example
 * "move"; the number orders them). {@code Problem.json} is the bad-input refusal's (400). The contract's
 * examples are set on 23 November 2026 at 10:00 UTC ({@link #NOW}); ExamplesAreHonestTest sends each request
 * example to the service, moved onto its own day.
 */
final class ApiExamples {
    static final String NOW = "2026-11-23T10:00:00Z";
    private static final String FOLDER = "openapi/examples/";
    private static final Map<String, Map<String, JsonNode>> BY_SCHEMA = load();

    private ApiExamples() {
    }

    /** The one example of a schema (for a schema with named examples, the first). */
    static JsonNode of(String schema) {
        Map<String, JsonNode> named = BY_SCHEMA.get(schema);
        if (named == null) {
            throw new IllegalStateException("no example of " + schema);
        }
        return named.values().iterator().next();
    }

    /** The names of a schema's examples, in their files' order (the order a walk through them needs). */
    static List<String> names(String schema) {
        return List.copyOf(BY_SCHEMA.getOrDefault(schema, Map.of()).keySet());
    }

    /** Puts the example (or named examples) of each JSON body's schema, where there are any, on it. */
    static void attach(Content content) {
        MediaType json = content == null ? null : content.get("application/json");
        String ref = json == null || json.getSchema() == null ? null : json.getSchema().get$ref();
        Map<String, JsonNode> named = ref == null ? null : BY_SCHEMA.get(ref.substring(ref.lastIndexOf('/') + 1));
        if (named == null) {
            return;
        }
        if (named.containsKey("")) {
            json.setExample(named.get(""));
            return;
        }
        Map<String, Example> examples = new LinkedHashMap<>();
        named.forEach((name, value) -> examples.put(name, new Example().summary(name.replace('-', ' ')).value(value)));
        json.setExamples(examples);
    }

    private static Map<String, Map<String, JsonNode>> load() {
        Map<String, Map<String, JsonNode>> bySchema = new TreeMap<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver(ApiExamples.class.getClassLoader())
                    .getResources("classpath*:" + FOLDER + "**/*.json");
            Arrays.sort(files, Comparator.comparing(ApiExamples::relative));
            for (Resource file : files) {
                String[] at = relative(file).replaceFirst("\\.json$", "").split("/");
                String name = at.length == 1 ? "" : at[1].replaceFirst("^\\d+-", "");
                bySchema.computeIfAbsent(at[0], k -> new LinkedHashMap<>()).put(name, tree(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bySchema;
    }

    private static String relative(Resource file) {
        try {
            String url = file.getURL().toString();
            return url.substring(url.lastIndexOf(FOLDER) + FOLDER.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(Resource file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return StrictJson.DOCUMENT.tree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
