package frontdoor.service.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.service.ServiceTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The policy page and the practice lead's home over the whole service: what the page shows is the version in
 * force as compiled (tables with row ids and sentences from the shipped screening.dmn, escalations in the order
 * they apply, the catalogue, the timescales, recipes and weights), and the lead's home lists a new draft.
 */
@ServiceTest
class PolicyPageTest {
    static final RequestPostProcessor LEAD = user("lead").roles("PRACTICE_LEAD");

    @Autowired
    MockMvc mvc;
    @Autowired
    PolicyHolder holder;

    String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void thePolicyPageShowsTheVersionInForceAsCompiled() throws Exception {
        String page = page("/policy", LEAD);
        assertThat(page).contains(holder.current().versionId(), "Four-eyes approval", "On: a draft is published only once");
        assertThat(page).containsSubsequence("RAG rating (hit policy First)", "R1",
                "An indicator marked immediate: the child may be at risk of significant harm now.", "R2",
                "Level 4 and the child is under 1, unborn or of unknown age.", "R3", "Level 4.", "R4");
        assertThat(page).containsPattern("<th scope=\"row\" class=\"govuk-table__header\">\\s*R2\\s*</th>");
        assertThat(page).containsSubsequence("ESC:TOXIC_TRIO", "(salience 50)", "Toxic trio: two of domestic abuse",
                "ESC:CUMULATIVE", "ESC:REVOLVING_DOOR", "Revolving door: three or more contacts in the last 12 months at level 2 raise the level to 3.",
                "ESC:PREVIOUS_PROTECTION", "ESC:VERY_YOUNG");
        assertThat(page).doesNotContain("\"Toxic trio");
        assertThat(page).containsSubsequence(">Child<", "INJURY_NON_MOBILE_CHILD", "any bruise, mark or injury on a baby who is not yet mobile",
                ">Parenting<", "PARENTAL_MENTAL_HEALTH", ">Family<");
        assertThat(page).contains("Screening due within 4 hours of the referral being received", "within 24 hours", "within 72 hours");
        assertThat(page).containsSubsequence("Strategy discussion", "Police check, Health check, Education check, Social care check", ">160<", ">175<");
        assertThat(page).containsSubsequence("Referral missed", "Medium", "1000");
        assertThat(page).containsSubsequence("href=\"#in-force\"", "href=\"#tables\"", "href=\"#table-rag-rating\"", "href=\"#escalations\"", "href=\"#catalogue\"",
                "href=\"#timescales\"", "href=\"#recipes\"", "href=\"#weights\"");
    }

    @Test
    void workersAndManagersReadItAndTheAuditorIsRefused() throws Exception {
        page("/policy", user("worker").roles("WORKER"));
        page("/policy", user("manager").roles("MANAGER"));
        mvc.perform(get("/policy").with(user("auditor").roles("AUDITOR"))).andExpect(status().isForbidden());
    }

    @Test
    void theLeadsHomeShowsTheVersionInForceAndADraftAwaitingApproval() throws Exception {
        String draft = new PolicyApi(mvc).draft("lead", "RAG for level 3 under 5s, for the home page");
        String home = page("/", LEAD);
        assertThat(home).containsSubsequence("The policy", holder.current().versionId(), "Awaiting approval",
                "RAG for level 3 under 5s, for the home page", draft, "href=\"/policy\"", "href=\"/referrals?status=AWAITING_DECISION\"");
        assertThat(page("/", user("worker").roles("WORKER"))).doesNotContain("Awaiting approval");
        new PolicyApi(mvc).get("lead", "").andExpect(jsonPath("$.inForce").value(holder.current().versionId()))
                .andExpect(jsonPath("$.putInForceBy").isString()).andExpect(jsonPath("$.inForceSince").isString());
    }
}
