package frontdoor.service.web;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.StrictJson;
import io.swagger.v3.oas.models.media.Content;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAPI document's examples (resources {@code openapi/examples/}), the contract's own: the example
 * referral, its recommendation, a decision and a refusal of bad input. Each goes on every JSON body or
 * answer of its schema.
 */
enum ApiExamples {
    REFERRAL("referral.json", "Referral"),
    SUBMISSION("submission.json", "Submission"),
    DECISION("decision.json", "DecisionRequest"),
    BAD_INPUT("bad-input.json", "Problem");

    private final String file;
    private final String schema;

    ApiExamples(String file, String schema) {
        this.file = file;
        this.schema = schema;
    }

    JsonNode tree() {
        try (InputStream in = ApiExamples.class.getResourceAsStream("/openapi/examples/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no example " + file);
            }
            return StrictJson.DOCUMENT.tree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the example of each JSON body's schema, where there is one, on it. */
    static void attach(Content content) {
        if (content == null || content.get("application/json") == null || content.get("application/json").getSchema() == null) {
            return;
        }
        String ref = content.get("application/json").getSchema().get$ref();
        for (ApiExamples example : values()) {
            if (ref != null && ref.endsWith("/" + example.schema)) {
                content.get("application/json").setExample(example.tree());
            }
        }
    }
}
