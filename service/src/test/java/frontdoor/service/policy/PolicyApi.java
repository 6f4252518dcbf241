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
}
