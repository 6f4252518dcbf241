package frontdoor.service.policy;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.StrictJson;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The policy API as the demo practice leads ({@code lead}, {@code lead2}, password "demo") call it in the tests. */
record PolicyApi(MockMvc mvc) {
    static final String BASE = "/api/v1/policy";

    ResultActions get(String user, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(BASE + path).with(httpBasic(user, "demo")));
    }

    ResultActions post(String user, String path, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(BASE + path).with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    ResultActions put(String user, String path, String text) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(BASE + path).with(httpBasic(user, "demo"))
                .contentType(MediaType.TEXT_PLAIN).content(text));
    }

    static JsonNode json(ResultActions result) throws Exception {
        return StrictJson.DOCUMENT.tree(result.andReturn().getResponse().getContentAsString());
    }

    String draft(String user, String note) throws Exception {
        return json(post(user, "/drafts", "{\"note\": \"" + note + "\"}")).path("draftId").asText();
    }

    String text(String user, String path) throws Exception {
        return get(user, path).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    String inForce() throws Exception {
        return json(get("lead", "")).path("inForce").asText();
    }

    /** Puts the given version back in force unless it is (rollback), so the next test starts from it. */
    void restore(String versionId) throws Exception {
        if (!inForce().equals(versionId)) {
            post("lead", "/versions/" + versionId + "/publish", "{\"note\": \"back to the start\"}");
        }
    }

    /** What a practice lead does: each shipped case the change breaks gets the new expected result, in the draft. */
    void updateChangedCases(String draft, ScenarioCorpus corpus) throws Exception {
        JsonNode report = json(post("lead", "/drafts/" + draft + "/checks", ""));
        java.util.Map<String, com.fasterxml.jackson.databind.node.ObjectNode> changed = new java.util.TreeMap<>();
        for (JsonNode error : report.path("errors")) {
            org.assertj.core.api.Assertions.assertThat(error.path("check").asText()).isEqualTo("cases");
            String problem = error.path("problem").asText();
            String id = problem.substring(0, problem.indexOf(' '));
            String got = problem.substring(problem.lastIndexOf(", got ") + 6);
            var tc = changed.computeIfAbsent(id, k -> (com.fasterxml.jackson.databind.node.ObjectNode) StrictJson.DOCUMENT.tree(corpus.cases().get(k)));
            ((com.fasterxml.jackson.databind.node.ObjectNode) tc.path("expect")).put(error.path("where").asText(), got);
        }
        org.assertj.core.api.Assertions.assertThat(changed).isNotEmpty();
        for (var e : changed.entrySet()) {
            put("lead", "/drafts/" + draft + "/files/cases/" + e.getKey() + ".json",
                    frontdoor.rules.Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(e.getValue()))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        }
    }
}
