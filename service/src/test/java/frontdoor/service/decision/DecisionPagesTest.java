package frontdoor.service.decision;

import static frontdoor.service.Referrals.json;
import static frontdoor.service.Referrals.newId;
import static frontdoor.service.Referrals.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.service.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The referral page's decision and sign-off through the forms: offered only to whom they belong, refused (403,
 * nothing stored) when posted by anyone else, the rationale always asked for, and a manager's sign-off once.
 */
@ServiceTest
class DecisionPagesTest {
    static final RequestPostProcessor WORKER = user("worker").roles("WORKER");
    static final RequestPostProcessor POLICE = user("police").roles("WORKER");
    static final RequestPostProcessor MANAGER = user("manager").roles("MANAGER");
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theFormIsOfferedOnlyToASocialCareWorkerAndRefusedToOthers() throws Exception {
        String id = referral();
        assertThat(page(id, WORKER)).contains("id=\"decide\"", "give your rationale, agreeing with the recommendation or not");
        for (RequestPostProcessor who : new RequestPostProcessor[] {POLICE, MANAGER}) {
            assertThat(page(id, who)).doesNotContain("id=\"decide\"").contains("id=\"not-yours\"", "social-care worker");
            mvc.perform(decision(id, who).param("rationale", "r")).andExpect(status().isForbidden());
        }
        assertThat(decisions(id)).isZero();
        String refused = mvc.perform(decision(id, WORKER)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("href=\"#rationale\"", "Give your rationale for this decision, agreeing with the recommendation or not");
        assertThat(decisions(id)).isZero();
    }

    @Test
    void aManagerSignsOffFromTheReferralPageOnce() throws Exception {
        String id = referral();
        mvc.perform(decision(id, WORKER).param("rationale", "As recommended")).andExpect(status().is3xxRedirection());
        assertThat(page(id, WORKER)).contains("id=\"awaiting-sign-off\"").doesNotContain("id=\"sign-off-button\"");
        assertThat(page(id, MANAGER)).contains("id=\"sign-off-button\"");
        mvc.perform(signOff(id, WORKER)).andExpect(status().isForbidden());
        String tooLong = "Agreed, and " + "x".repeat(4000);
        String refused = mvc.perform(signOff(id, MANAGER).param("comment", tooLong)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Your comment must be 4,000 characters or fewer", "aria-describedby=\"comment-error\"",
                ">" + tooLong + "</textarea>"); // what the manager wrote is kept
        mvc.perform(signOff(id, MANAGER).param("comment", "Agreed")).andExpect(status().is3xxRedirection());
        assertThat(page(id, MANAGER)).contains("Signed off by manager", ": Agreed").doesNotContain("id=\"sign-off-button\"");
        String again = mvc.perform(signOff(id, MANAGER)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("govuk-error-summary", "is signed off already");
        assertThat(mvc.perform(get("/sign-offs").with(MANAGER)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Decisions to sign off").doesNotContain(id);
        mvc.perform(get("/sign-offs").with(WORKER)).andExpect(status().isForbidden());
    }

    /** Oversight is by someone else: a social-care worker who is also a manager does not sign off their own decision. */
    @Test
    void nobodySignsOffTheirOwnDecision() throws Exception {
        String id = referral();
        RequestPostProcessor both = user("worker").roles("WORKER", "MANAGER");
        mvc.perform(decision(id, both).param("rationale", "As recommended")).andExpect(status().is3xxRedirection());
        assertThat(page(id, both)).doesNotContain("id=\"sign-off-button\"");
        mvc.perform(signOff(id, both)).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM decision_sign_off s JOIN referral r ON r.id = s.referral WHERE r.referral_id = ?")
                .param(id).query(Long.class).single()).isZero();
    }

    /** A revision after the decision that differs from it: the decision stays, the page asks for a review. */
    @Test
    void aLaterRevisionThatDiffersAsksForAReviewOnThePage() throws Exception {
        String id = referral();
        mvc.perform(post("/referrals/" + id + "/decision").with(WORKER).with(csrf()).param("thresholdLevel", "3").param("rag", "AMBER")
                .param("pathway", "MASH_ENQUIRY").param("rationale", "Father has left")).andExpect(status().is3xxRedirection());
        assertThat(page(id, WORKER)).doesNotContain("id=\"needs-review\"");
        frontdoor.service.Referrals.post(mvc, "worker", "/api/v1/referrals/" + id + "/information",
                "{\"agency\": \"PROBATION\", \"outcome\": \"NOTHING_KNOWN\"}").andExpect(status().isOk());
        assertThat(page(id, WORKER)).contains("id=\"needs-review\"", "Review needed", "Father has left");
    }

    private String referral() throws Exception {
        String id = newId();
        submit(mvc, json(id)).andExpect(status().isCreated());
        return id;
    }

    private String page(String id, RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/referrals/" + id).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder decision(String id, RequestPostProcessor who) {
        return post("/referrals/" + id + "/decision").with(who).with(csrf())
                .param("thresholdLevel", "4").param("rag", "RED").param("pathway", "STRATEGY_DISCUSSION").param("actions", "MARAC_REFERRAL");
    }

    private static MockHttpServletRequestBuilder signOff(String id, RequestPostProcessor who) {
        return post("/referrals/" + id + "/decision/sign-off").with(who).with(csrf());
    }

    private long decisions(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM decision d JOIN referral r ON r.id = d.referral WHERE r.referral_id = ?").param(id)
                .query(Long.class).single();
    }
}
