package frontdoor.service.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What an operation of the OpenAPI document still lacks, in words naming the operation. */
final class ApiDocumentGaps {
    private ApiDocumentGaps() {
    }

    static List<String> of(String name, JsonNode op) {
        List<String> gaps = new ArrayList<>();
        if (op.path("summary").asText().isBlank()) {
            gaps.add(name + ": no summary");
        }
        JsonNode body = op.path("requestBody");
        if (!body.isMissingNode()) {
            noWildcard(name + " request body", body.path("content"), gaps);
            JsonNode json = body.path("content").path("application/json").path("schema");
            if ("string".equals(json.path("type").asText())) {
                gaps.add(name + ": the JSON request body is typed string");
            }
        }
        JsonNode responses = op.path("responses");
        List<String> codes = new ArrayList<>();
        responses.fieldNames().forEachRemaining(codes::add);
        if (codes.stream().noneMatch(c -> c.startsWith("2"))) {
            gaps.add(name + ": no success answer");
        }
        List<String> expected = new ArrayList<>(List.of("401", "403"));
        if (!body.isMissingNode()) {
            expected.addAll(List.of("400", "413"));
        }
        expected.stream().filter(c -> !codes.contains(c)).forEach(c -> gaps.add(name + ": no " + c + " answer"));
        for (Map.Entry<String, JsonNode> answer : responses.properties()) {
            String code = answer.getKey();
            JsonNode content = answer.getValue().path("content");
            noWildcard(name + " " + code, content, gaps);
            if (code.startsWith("4") && !content.path("application/problem+json").path("schema").path("$ref").asText().endsWith("/Problem")
                    && !content.path("application/json").path("schema").path("$ref").asText().endsWith("/Error")) {
                gaps.add(name + " " + code + ": neither an application/problem+json Problem nor an application/json Error");
            }
            if (code.startsWith("2") && "string".equals(content.path("application/json").path("schema").path("type").asText())) {
                gaps.add(name + " " + code + ": the JSON answer is typed string");
            }
        }
        return gaps;
    }

    private static void noWildcard(String where, JsonNode content, List<String> gaps) {
        if (content.has("*/*")) {
            gaps.add(where + ": media type */*");
        }
    }
}
