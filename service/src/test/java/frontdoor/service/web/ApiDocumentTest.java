package frontdoor.service.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import frontdoor.service.ServiceTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The served OpenAPI document is the contract: the same as the committed copy the client is generated from
 * ({@code docs/openapi.json}), and every operation described (a summary, each refusal typed, no wildcard
 * media type). The served document is written to {@code target/openapi/frontdoor.json}, where the build's
 * Redocly lint reads it.
 */
@ServiceTest
class ApiDocumentTest {
    static final Path SERVED = Path.of("target/openapi/frontdoor.json");
    static final Path COMMITTED = Path.of("../docs/openapi.json");
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    JsonNode served;

    @BeforeEach
    void serve() throws Exception {
        String text = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        served = JSON.readTree(text);
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");
    }

    @Test
    void theServedDocumentIsTheCommittedOne() throws Exception {
        JsonNode committed = JSON.readTree(Files.readString(COMMITTED));
        assertThat(differences(committed, served, "", new ArrayList<>()))
                .as("docs/openapi.json is not what the service serves: copy service/" + SERVED + " to docs/openapi.json")
                .isEmpty();
    }

    /** Where two documents differ, down to the operation or schema (the first three levels). */
    static List<String> differences(JsonNode a, JsonNode b, String at, List<String> found) {
        if (a.equals(b)) {
            return found;
        }
        if (!a.isObject() || !b.isObject() || at.chars().filter(c -> c == '/').count() >= 3) {
            found.add(at.isEmpty() ? "/" : at);
            return found;
        }
        Set<String> names = new TreeSet<>();
        a.fieldNames().forEachRemaining(names::add);
        b.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            differences(a.path(name), b.path(name), at + "/" + name, found);
        }
        return found;
    }

    @Test
    void everyOperationHasASummaryAndTypedAnswers() {
        List<String> gaps = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : served.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (METHODS.contains(op.getKey())) {
                    gaps.addAll(ApiDocumentGaps.of(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue()));
                }
            }
        }
        assertThat(gaps).as("operations still to describe").isEmpty();
    }
}
