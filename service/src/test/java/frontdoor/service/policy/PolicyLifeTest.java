package frontdoor.service.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.service.audit.AuditTrail;
import frontdoor.service.audit.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A policy version's life through the API: first start, draft, save, check, four-eyes approval, refusal, rollback. */
@PolicyTest
class PolicyLifeTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail trail;
    @Autowired
    PolicyHolder holder;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    PolicyApi api;
    String shipped;

    @BeforeEach
    void start() throws Exception {
        api = new PolicyApi(mvc);
        shipped = PolicyInForce.compile(PolicyFiles.shipped()).versionId();
    }

    @AfterEach
    void restore() throws Exception {
        api.restore(shipped);
    }

    @Test
    void onFirstStartTheShippedFilesAreThePublishedVersionInForce() throws Exception {
        api.get("lead", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.inForce").value(shipped))
                .andExpect(jsonPath("$.fourEyes").value(true))
                .andExpect(jsonPath("$.versions[?(@.id == '" + shipped + "')].createdBy").value("system"));
        assertThat(holder.current().versionId()).isEqualTo(shipped);
        api.get("lead", "/versions/" + shipped + "/files/recipes.json").andExpect(status().isOk())
                .andExpect(content().string(PolicyFiles.shipped().get("recipes.json")));
        api.get("worker", "").andExpect(status().isForbidden());
        api.get("manager", "/versions/" + shipped + "/files/bundle.json").andExpect(status().isForbidden());
    }

    @Test
    void aDraftIsEditedFileByFileAndEverySaveIsARevisionInTheAuditChain() throws Exception {
        String draft = api.draft("lead", "longer GREEN timescale");
        assertThat(api.text("lead", "/drafts/" + draft + "/files/timescales.json")).isEqualTo(PolicyFiles.shipped().get("timescales.json"));
        String longer = PolicyFiles.shipped().get("timescales.json").replace("PT72H", "PT96H");
        api.put("lead", "/drafts/" + draft + "/files/timescales.json", longer).andExpect(jsonPath("$.revision").value(1));
        api.put("lead", "/drafts/" + draft + "/files/timescales.json", longer).andExpect(jsonPath("$.revision").value(2));
        assertThat(api.text("lead", "/drafts/" + draft + "/files/timescales.json")).isEqualTo(longer);
        api.put("lead", "/drafts/" + draft + "/files/secrets.txt", "x").andExpect(status().isNotFound());
        api.post("lead", "/drafts", "{\"note\": \"x\", \"note\": \"y\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").exists());
        assertThat(trail.about(draft)).extracting(AuditEntry::action)
                .containsExactly("POLICY_DRAFTED", "POLICY_DRAFT_SAVED", "POLICY_DRAFT_SAVED");
    }

    @Test
    void theAuthorCannotApproveAndNothingIsPublishedWithoutApproval() throws Exception {
        String draft = api.draft("lead", "a clearer sentence for GREEN");
        api.put("lead", "/drafts/" + draft + "/files/screening.dmn", PolicyFiles.shipped().get("screening.dmn")
                .replace("<text>No row above matched.</text>", "<text>No row above matched: screen within the GREEN timescale.</text>"));
        api.post("lead", "/drafts/" + draft + "/approve", "{\"note\": \"mine\", \"reference\": \"MASH board 12\"}").andExpect(status().isForbidden());
        api.post("lead", "/drafts/" + draft + "/publish", "{\"note\": \"go\"}").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].check").value("approval"));
        api.post("lead2", "/drafts/" + draft + "/approve", "{\"note\": \"agreed\", \"reference\": \"MASH board 12\"}").andExpect(status().isOk());
        api.put("lead", "/drafts/" + draft + "/files/screening.dmn", api.text("lead", "/drafts/" + draft + "/files/screening.dmn") + "\n");
        api.post("lead", "/drafts/" + draft + "/publish", "{\"note\": \"go\"}").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].problem").value("the draft as it stands is not approved by a second practice lead"));
        api.post("lead2", "/drafts/" + draft + "/approve", "{\"note\": \"agreed\", \"reference\": \"MASH board 12\"}").andExpect(status().isOk());
        api.get("lead", "").andExpect(jsonPath("$.drafts[?(@.draftId == '" + draft + "')].approvedRevision").value(2));
        String published = PolicyApi.json(api.post("lead", "/drafts/" + draft + "/publish", "{\"note\": \"go\"}").andExpect(status().isOk()))
                .path("versionId").asText();
        assertThat(published).startsWith("default-").isNotEqualTo(shipped);
        assertThat(holder.current().versionId()).isEqualTo(published);
        assertThat(api.inForce()).isEqualTo(published);
        assertThat(trail.about(draft)).extracting(AuditEntry::action).contains("POLICY_CHECKED", "POLICY_APPROVED");
        assertThat(trail.about(published)).extracting(AuditEntry::action).contains("POLICY_PUBLISHED", "POLICY_IN_FORCE");

        // Rollback: the shipped version comes back without a new approval, and the published one is retired.
        api.post("lead", "/versions/" + shipped + "/publish", "{\"note\": \"back\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.versionId").value(shipped));
        assertThat(holder.current().versionId()).isEqualTo(shipped);
        api.get("lead", "").andExpect(jsonPath("$.versions[?(@.id == '" + published + "')].state").value("RETIRED"));
        api.post("lead", "/versions/" + shipped + "/publish", "{\"note\": \"again\"}").andExpect(status().isConflict());
        // A recommendation made under the retired version is still shown with that version's tables and words.
        assertThat(holder.version(shipped)).isSameAs(holder.current());
        assertThat(holder.version(published).versionId()).isEqualTo(published);
        assertThat(holder.version(published).files().get("screening.dmn")).contains("screen within the GREEN timescale");
        assertThat(holder.version(published)).isSameAs(holder.version(published));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> holder.version("default-000000000000"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Another instance on the same database publishes: this one takes the version up within 5 seconds. */
    @Test
    void aVersionPutInForceByAnotherInstanceIsTakenUpWithinFiveSeconds() throws Exception {
        String draft = api.draft("lead", "another instance");
        api.put("lead", "/drafts/" + draft + "/files/bundle.json", PolicyFiles.shipped().get("bundle.json").replace("The default", "The default,"));
        api.post("lead2", "/drafts/" + draft + "/approve", "{\"note\": \"ok\", \"reference\": \"r\"}").andExpect(status().isOk());
        String published = PolicyApi.json(api.post("lead", "/drafts/" + draft + "/publish", "{\"note\": \"go\"}")).path("versionId").asText();
        assertThat(holder.current().versionId()).isEqualTo(published);
        jdbc.sql("UPDATE policy_in_force SET version_id = ? WHERE id = 1").param(shipped).update();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!holder.current().versionId().equals(shipped) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(holder.current().versionId()).isEqualTo(shipped);
        jdbc.sql("UPDATE policy_in_force SET version_id = ? WHERE id = 1").param(published).update();
    }

    @Test
    void aDraftMakingAnImmediateConcernAmberIsRefusedWithEveryProblemNamed() throws Exception {
        String draft = api.draft("lead", "immediate is amber");
        String screening = api.text("lead", "/drafts/" + draft + "/files/screening.dmn").replaceFirst(
                "<outputEntry><text>\"RED\"</text></outputEntry>(\\s*<outputEntry><text>Referral facts.Immediate codes)", "<outputEntry><text>\"AMBER\"</text></outputEntry>$1");
        api.put("lead", "/drafts/" + draft + "/files/screening.dmn", screening).andExpect(status().isOk());
        api.post("lead", "/drafts/" + draft + "/checks", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.passed").value(false))
                .andExpect(jsonPath("$.errors[?(@.check == 'safety')].where").isNotEmpty());
        api.post("lead2", "/drafts/" + draft + "/approve", "{\"note\": \"ok\", \"reference\": \"r\"}").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[?(@.check == 'safety')]").isNotEmpty());
        api.post("lead", "/drafts/" + draft + "/publish", "{\"note\": \"go\"}").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[?(@.check == 'approval')]").isNotEmpty())
                .andExpect(jsonPath("$.problems[?(@.check == 'safety')]").isNotEmpty());
        assertThat(api.inForce()).isEqualTo(shipped);
    }
}
