package frontdoor.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.service.ServiceTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Guessing through the API and through the sign-in form: the sixth try, right password or not, is refused
 * from that address, while the same user from another address signs in; each lockout is audited and counted.
 */
@ServiceTest
class SignInLockoutTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    MeterRegistry meters;

    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    static MockHttpServletRequestBuilder signIn(String password, String address) {
        return post("/login").param("username", "lead").param("password", password).with(csrf()).with(from(address));
    }

    @Test
    void fiveWrongPasswordsOverTheApiAndEvenTheRightOneIsRefusedWith429FromThatAddressOnly() throws Exception {
        String guesser = "203.0.113.5";
        for (int n = 1; n <= 5; n++) {
            mvc.perform(get("/api/v1/referrals").with(httpBasic("worker", "guess" + n)).with(from(guesser)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/referrals").with(httpBasic("worker", "demo")).with(from(guesser)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429));
        mvc.perform(get("/api/v1/referrals").with(httpBasic("worker", "demo")).with(from("203.0.113.6")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/referrals").with(httpBasic("lead", "demo")).with(from(guesser)))
                .andExpect(status().isOk());

        String audit = mvc.perform(get("/api/v1/audit?subject=worker&action=SIGN_IN_LOCKED_OUT").with(httpBasic("auditor", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(audit).contains("\\\"address\\\":\\\"203.0.113.5\\\"").contains("delaySeconds").doesNotContain("guess");
        // /actuator/prometheus shows it as frontdoor_signin_lockouts_total (the shared test context exports no metrics)
        assertThat(meters.get("frontdoor.signin.lockouts").counter().count()).isPositive();
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("auditor", "demo"))).andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void theSignInFormSaysHowLongToWait() throws Exception {
        String guesser = "203.0.113.7";
        for (int n = 1; n <= 5; n++) {
            mvc.perform(signIn("guess" + n, guesser))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(signIn("demo", guesser))
                .andExpect(redirectedUrl("/login?locked=1"));
        mvc.perform(signIn("demo", "203.0.113.8"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/login?locked=1")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Wait 1 minute, then sign in again")));
    }

    @Test
    void aPageSessionEndsAfterThirtyMinutesIdle(@Autowired org.springframework.boot.autoconfigure.web.ServerProperties server) {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(java.time.Duration.ofMinutes(30));
        assertThat(server.getServlet().getSession().getCookie().getHttpOnly()).isTrue();
    }

    @Test
    void everyPageAndApiAnswerCarriesSecurityHeaders() throws Exception {
        mvc.perform(get("/login")).andExpect(header().string("Content-Security-Policy", SecurityHeaders.PAGES_POLICY))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
        mvc.perform(get("/api/v1/referrals").with(httpBasic("worker", "demo")))
                .andExpect(header().string("Content-Security-Policy", SecurityHeaders.API_POLICY))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }
}
