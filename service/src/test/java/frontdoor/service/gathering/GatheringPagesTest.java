package frontdoor.service.gathering;

import static frontdoor.service.Referrals.get;
import static frontdoor.service.Referrals.newId;
import static frontdoor.service.Referrals.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.rules.Json;
import frontdoor.service.ServiceTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The gathering on the pages: the referral page lists the checks, the revisions newest first with their
 * change text, what would change it and the family; the forms record a result, information and consent
 * through the same service as the API, and a refused form names each broken field and stores nothing.
 */
@ServiceTest
class GatheringPagesTest {
    static final RequestPostProcessor WORKER = user("worker").roles("WORKER");
    static final RequestPostProcessor MANAGER = user("manager").roles("MANAGER");

    @Autowired
    MockMvc mvc;

    private String page(String id, RequestPostProcessor who) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/referrals/" + id).with(who))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String sibling(String id, String family, String child, String concern) throws Exception {
        submit(mvc, """
                {"referralId": "%s", "receivedAt": "%s", "source": {"agency": "EDUCATION", "method": "PORTAL"},
                 "child": {"childId": "%s", "familyId": "%s", "dateOfBirth": "2019-03-01"}, "consent": "NOT_SOUGHT",
                 "concerns": [{"code": "%s", "agency": "EDUCATION"}]}""".formatted(id, Instant.now().minus(1, ChronoUnit.DAYS), child, family, concern))
                .andExpect(status().isCreated());
        return id;
    }

    @Test
    void aWorkerRecordsAPoliceResultOnTheFormAndSeesTheNewRevision() throws Exception {
        String id = newId();
        String brother = sibling(newId(), "F-" + id, "C-B-" + id, "CHILD_ABANDONED_OR_LEFT_ALONE");
        submit(mvc, GatheringWalkTest.referral(id, Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)))
                .andExpect(status().isCreated());
        String before = page(id, WORKER);
        assertThat(before).contains("id=\"check-POLICE_CHECK\"", "Record result", "/referrals/" + id + "/checks/POLICE_CHECK/result",
                "What would change it", "Without domestic abuse in the household, DASH medium risk (education)", "Revision 1: arrival", brother, "Level 4: child protection");

        String form = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/referrals/" + id + "/checks/POLICE_CHECK/result").with(WORKER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Police check: what was found", "name=\"concerns[0].code\"", "name=\"_csrf\"", "id=\"restricted\"");

        mvc.perform(post("/referrals/" + id + "/checks/POLICE_CHECK/result").with(WORKER).with(csrf()).param("outcome", "FINDINGS")
                        .param("concerns[0].code", "CHILD_ABANDONED_OR_LEFT_ALONE").param("concerns[0].note", "found alone")
                        .param("contactsLast12Months", "2"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/referrals/" + id + "#revisions"));
        String after = page(id, WORKER);
        assertThat(after).contains("Revision 2: check result police check (police)",
                "RAG amber → red: R1 now matches; R5 no longer matches; level 4 from a young child left alone or abandoned (police, check result)")
                .doesNotContain("CHILD_ABANDONED_OR_LEFT_ALONE (POLICE", "Without DOMESTIC_ABUSE_MEDIUM");
        assertThat(after.indexOf("Revision 2:")).isLessThan(after.indexOf("Revision 1:")); // newest first
        assertThat(after).doesNotContain("/referrals/" + id + "/checks/POLICE_CHECK/result\""); // done: no form any more
        assertThat(page(id, MANAGER)).contains("Revision 2:").doesNotContain("Record result", "Record information without a check");
    }

    @Test
    void aRefusedResultNamesEachFieldAndStoresNothing() throws Exception {
        String id = newId();
        submit(mvc, GatheringWalkTest.referral(id, Instant.now().minus(1, ChronoUnit.HOURS))).andExpect(status().isCreated());
        String page = mvc.perform(post("/referrals/" + id + "/checks/POLICE_CHECK/result").with(WORKER).with(csrf())
                        .param("concerns[1].code", "NOT_A_CODE").param("contactsLast12Months", "many").param("summary", "x".repeat(4001)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary", "href=\"#outcome\"", "Select what was found", "href=\"#concern-1-code\"",
                "Select concern 2 from the catalogue in force", "href=\"#contactsLast12Months\"", "href=\"#summary\"",
                "govuk-form-group--error");
        String nothing = mvc.perform(post("/referrals/" + id + "/information").with(WORKER).with(csrf()).param("outcome", "FINDINGS"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(nothing).contains("href=\"#agency\"", "Select the agency the information is from", "href=\"#concern-0-code\"",
                "Findings need a concern or a history fact");
        String consent = mvc.perform(post("/referrals/" + id + "/consent").with(WORKER).with(csrf()).param("consent", "NOT_REQUIRED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(consent).contains("href=\"#reason\"", "Give the lawful basis for sharing without consent");
        assertThat(Json.MAPPER.readTree(get(mvc, "worker", "/api/v1/referrals/" + id + "/revisions").andReturn().getResponse()
                .getContentAsString())).hasSize(1);
        mvc.perform(post("/referrals/" + id + "/consent").with(WORKER).param("consent", "GIVEN")).andExpect(status().isForbidden()); // no CSRF token
        mvc.perform(post("/referrals/" + id + "/consent").with(MANAGER).with(csrf()).param("consent", "GIVEN")).andExpect(status().isForbidden());
    }

    @Test
    void aGreenFromTheLastRowSaysWhichRowsCameNearest() throws Exception {
        String id = newId();
        sibling(id, "F-" + id, "C-" + id, "PARENTAL_MENTAL_HEALTH");
        assertThat(page(id, WORKER)).contains("No row above matched. R4 and R5 came nearest. R4: threshold level is 3 as the row needs,"
                + " but age group is child, not unborn, unknown, under 1 or under 5");
    }

    @Test
    void informationAndConsentFromTheFormsAreRevisions() throws Exception {
        String id = newId();
        submit(mvc, GatheringWalkTest.referral(id, Instant.now().minus(1, ChronoUnit.HOURS))).andExpect(status().isCreated());
        mvc.perform(post("/referrals/" + id + "/information").with(WORKER).with(csrf()).param("agency", "PROBATION").param("outcome", "FINDINGS")
                .param("concerns[0].code", "DOMESTIC_ABUSE_HIGH")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/referrals/" + id + "/consent").with(WORKER).with(csrf()).param("consent", "NOT_REQUIRED")
                .param("reason", "s47: sharing without consent")).andExpect(status().is3xxRedirection());
        assertThat(page(id, WORKER)).contains("Revision 2: information (probation)", "Revision 3: consent not required");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/referrals/" + id + "/checks/NO_SUCH/result")
                .with(WORKER)).andExpect(status().isNotFound());
    }
}
