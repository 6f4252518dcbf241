package frontdoor.service.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Each broken draft of the issue can be neither approved nor published, and the refusal names where it is broken. */
@PolicyTest
class BrokenDraftsTest {
    @Autowired
    MockMvc mvc;
    PolicyApi api;

    @BeforeEach
    void start() {
        api = new PolicyApi(mvc);
    }

    @ParameterizedTest
    @EnumSource(BrokenDraft.class)
    void isRefusedApprovalAndPublishingNamingWhereItIsBroken(BrokenDraft broken) throws Exception {
        String inForce = api.inForce();
        String draft = api.draft("lead", broken.name().toLowerCase());
        String path = "/drafts/" + draft + "/files/" + broken.file;
        api.put("lead", path, broken.edited(api.text("lead", path))).andExpect(status().isOk());
        assertNamed(broken, api.post("lead2", "/drafts/" + draft + "/approve", "{\"note\": \"ok\", \"reference\": \"r\"}")
                .andExpect(status().isUnprocessableEntity()));
        assertNamed(broken, api.post("lead", "/drafts/" + draft + "/publish", "{\"note\": \"go\"}").andExpect(status().isUnprocessableEntity()));
        assertThat(api.inForce()).isEqualTo(inForce);
    }

    /** A draft's case that expects nothing passes whatever the policy gives: the checks say so (a warning, not a block). */
    @org.junit.jupiter.api.Test
    void aCaseThatExpectsNothingIsWarnedAbout() throws Exception {
        String draft = api.draft("lead", "a case with nothing expected");
        api.put("lead", "/drafts/" + draft + "/files/cases/LEAD-1.json", new ScenarioCorpus().startingCase("cases/LEAD-1.json"))
                .andExpect(status().isOk());
        JsonNode report = PolicyApi.json(api.post("lead", "/drafts/" + draft + "/checks", "").andExpect(status().isOk()));
        assertThat(report.path("errors").findValuesAsText("file")).doesNotContain("cases/LEAD-1.json");
        assertThat(report.path("warnings").findValuesAsText("problem")).contains("LEAD-1 expects nothing, so it proves nothing: say what it must give");
    }

    private static void assertNamed(BrokenDraft broken, org.springframework.test.web.servlet.ResultActions refusal) throws Exception {
        JsonNode problems = PolicyApi.json(refusal).path("problems");
        assertThat(problems.size()).isPositive();
        boolean named = false;
        for (JsonNode p : problems) {
            named |= broken.named(p.path("check").asText(), p.path("file").asText(), p.path("where").asText(), p.path("problem").asText());
        }
        assertThat(named).as(broken + " named in " + problems).isTrue();
    }
}
