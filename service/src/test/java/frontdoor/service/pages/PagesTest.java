package frontdoor.service.pages;

import static frontdoor.service.Referrals.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.service.ServiceTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The pages over the whole service: sign-in, roles, CSRF, and the worker's send-read-decide through the forms. */
@ServiceTest
class PagesTest {
    static final RequestPostProcessor WORKER = user("worker").roles("WORKER");
    static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");
    static final RequestPostProcessor LEAD = user("lead").roles("PRACTICE_LEAD");

    @Autowired
    MockMvc mvc;

    static MockHttpServletRequestBuilder goodReferral(String id) {
        return referral(id, "2026", "NOT_SOUGHT");
    }

    static MockHttpServletRequestBuilder referral(String id, String yearReceived, String consent) {
        return referral(id, yearReceived, consent, "09:15");
    }

    static MockHttpServletRequestBuilder referral(String id, String yearReceived, String consent, String timeReceived) {
        return post("/referrals/new").with(WORKER).with(csrf()).param("referralId", id)
                .param("receivedDay", "23").param("receivedMonth", "11").param("receivedYear", yearReceived).param("receivedTime", timeReceived)
                .param("sourceAgency", "POLICE").param("sourceMethod", "POLICE_NOTIFICATION").param("childId", "C-88")
                .param("birthDay", "2").param("birthMonth", "6").param("birthYear", "2026").param("consent", consent)
                .param("concerns[0].code", "DOMESTIC_ABUSE_HIGH").param("concerns[0].agency", "POLICE");
    }

    @Test
    void signInPageHasTheFieldsAndPagesAskForIt() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("name=\"username\""),
                        Matchers.containsString("name=\"password\""), Matchers.containsString("name=\"_csrf\""))));
    }

    @Test
    void aPageOfAnotherRoleIsRefused() throws Exception {
        mvc.perform(get("/referrals").with(AUDITOR)).andExpect(status().isForbidden());
        mvc.perform(get("/referrals/new").with(LEAD)).andExpect(status().isForbidden());
        mvc.perform(get("/referrals/new").with(WORKER)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.matchesRegex("(?s).*id=\"inArea\"[^>]*checked.*")));
        mvc.perform(get("/").with(AUDITOR)).andExpect(status().isOk());
    }

    @Test
    void formsNeedTheirCsrfToken() throws Exception {
        mvc.perform(post("/referrals/new").with(WORKER).param("referralId", newId())).andExpect(status().isForbidden());
    }

    @Test
    void aBrokenReferralComesBackWithEveryProblemAndNothingStored() throws Exception {
        String id = newId();
        String page = mvc.perform(post("/referrals/new").with(WORKER).with(csrf()).param("referralId", id)
                        .param("birthDay", "31").param("birthMonth", "2").param("birthYear", "2020")
                                .param("concerns[0].agency", "POLICE").param("contactsLast12Months", "many")
                        .param("inArea", "true").param("_inArea", "on").param("_unborn", "on"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary", "href=\"#receivedAt-day\"", "href=\"#sourceAgency\"", "href=\"#sourceMethod\"",
                "href=\"#childId\"", "href=\"#dateOfBirth-day\"", "href=\"#consent\"", "href=\"#concern-0-code\"",
                "href=\"#contactsLast12Months\"", "Date of birth must be a real date");
        // each field names its error message for a screen reader (GOV.UK's pattern), and the date boxes are marked
        assertThat(page).contains("aria-describedby=\"childId-hint childId-error\"", "id=\"childId-error\"",
                "aria-describedby=\"receivedAt-hint receivedAt-day-error\"", "aria-describedby=\"consent-error\"",
                "aria-describedby=\"referralId-hint\"");
        assertThat(page).containsPattern("class=\"[^\"]*govuk-input--error\" id=\"dateOfBirth-day\"");
        assertThat(page).containsPattern("id=\"inArea\"[^>]*checked").doesNotContainPattern("id=\"unborn\"[^>]*checked");
        mvc.perform(get("/referrals/" + id).with(WORKER)).andExpect(status().isNotFound());
    }

    /** An instant without seconds, as ISO-8601 allows and the API takes, reads back wherever the stored referral is read. */
    @Test
    void aReferralReceivedAtAnInstantWithoutSecondsOpensOnItsPage() throws Exception {
        String id = newId();
        frontdoor.service.Referrals.submit(mvc, frontdoor.service.Referrals.json(id).replace("2026-11-23T09:15:00Z", "2026-11-23T09:15Z"))
                .andExpect(status().isCreated());
        mvc.perform(get("/referrals/" + id).with(WORKER)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Strategy discussion")));
    }

    /** A typed time the reader takes but the form did not read as a date ("09:15Z") is still checked against now. */
    @Test
    void aTimeWithAnOffsetInTheFutureIsRefusedToo() throws Exception {
        String id = newId();
        String page = mvc.perform(referral(id, String.valueOf(java.time.Year.now().getValue() + 1), "NOT_SOUGHT", "09:15Z"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Date and time received must be now or in the past");
        mvc.perform(get("/referrals/" + id).with(WORKER)).andExpect(status().isNotFound());
    }

    /** A year typed wrong would put a RED referral's due time far away, at the bottom of the queue. */
    @Test
    void aReferralReceivedInTheFutureComesBackWithEveryProblemAndNothingStored() throws Exception {
        String id = newId();
        String page = mvc.perform(referral(id, String.valueOf(java.time.Year.now().getValue() + 1), ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary", "href=\"#receivedAt-day\"", "Date and time received must be now or in the past",
                "href=\"#consent\"");
        mvc.perform(get("/referrals/" + id).with(WORKER)).andExpect(status().isNotFound());
        mvc.perform(goodReferral(id)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aWorkerSendsReadsAndDecides() throws Exception {
        String id = newId();
        mvc.perform(goodReferral(id)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/referrals/" + id));
        mvc.perform(get("/referrals/" + id).with(WORKER)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Strategy discussion"),
                        Matchers.containsString("Level 4: child protection"), Matchers.containsString("Record decision"))));
        String refused = mvc.perform(post("/referrals/" + id + "/decision").with(WORKER).with(csrf())
                        .param("thresholdLevel", "3").param("rag", "AMBER").param("pathway", "MASH_ENQUIRY"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("href=\"#rationale\"", "Give your rationale");
        mvc.perform(post("/referrals/" + id + "/decision").with(WORKER).with(csrf())
                        .param("thresholdLevel", "3").param("rag", "AMBER").param("pathway", "MASH_ENQUIRY")
                        .param("rationale", "Police confirm the father has left"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/referrals/" + id).with(WORKER)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Decision by worker"),
                        Matchers.containsString("Police confirm the father has left"), Matchers.not(Matchers.containsString("Record decision")))));
        mvc.perform(get("/referrals").with(WORKER).param("rag", "AMBER")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(id)));
        mvc.perform(get("/").with(WORKER)).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("awaiting a decision")));
    }
}
