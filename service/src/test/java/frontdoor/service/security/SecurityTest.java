package frontdoor.service.security;

import static frontdoor.service.Referrals.json;
import static frontdoor.service.Referrals.newId;
import static frontdoor.service.Referrals.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.service.ServiceTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every endpoint with every role: allowed, refused (403), and without credentials (401). */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityTest {
    static final String ID = newId();
    static final Set<String> ALL = Set.of("worker", "lead", "manager", "auditor");
    static final Set<String> SCREENING = Set.of("worker", "lead", "manager");

    record Endpoint(HttpMethod method, String path, String body, Set<String> allowed) {
        MockHttpServletRequestBuilder request() {
            MockHttpServletRequestBuilder r = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(method, path);
            return body == null ? r : r.contentType(MediaType.APPLICATION_JSON).content(body);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Endpoint> endpoints() {
        String referrals = "/api/v1/referrals";
        return List.of(
                new Endpoint(HttpMethod.POST, referrals, json(ID), SCREENING),
                new Endpoint(HttpMethod.GET, referrals, null, SCREENING),
                new Endpoint(HttpMethod.GET, referrals + "/" + ID, null, ALL),
                new Endpoint(HttpMethod.POST, referrals + "/" + ID + "/decision", "{}", Set.of("worker")), // a social-care worker's
                new Endpoint(HttpMethod.POST, referrals + "/" + ID + "/decision/amendments", "{}", Set.of("manager")),
                new Endpoint(HttpMethod.POST, referrals + "/" + ID + "/decision/sign-off", "{}", Set.of("manager")),
                new Endpoint(HttpMethod.GET, "/api/v1/sign-offs", null, Set.of("manager")),
                new Endpoint(HttpMethod.GET, "/api/v1/audit/verify", null, Set.of("auditor")),
                new Endpoint(HttpMethod.GET, "/api/v1/audit?subject=" + ID, null, Set.of("auditor")),
                new Endpoint(HttpMethod.GET, "/api/v1/dashboard", null, Set.of("manager", "auditor", "lead")),
                new Endpoint(HttpMethod.GET, "/actuator/prometheus", null, Set.of("manager", "auditor")));
    }

    static Stream<Arguments> endpointsAndRoles() {
        List<Arguments> all = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            for (String user : ALL) {
                all.add(Arguments.of(e, user, e.allowed().contains(user)));
            }
        }
        return all.stream();
    }

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void aReferralToWorkOn() throws Exception {
        submit(mvc, json(ID));
    }

    @ParameterizedTest(name = "{0} as {1}: allowed {2}")
    @MethodSource("endpointsAndRoles")
    void eachRoleIsAllowedOrRefused(Endpoint endpoint, String user, boolean allowed) throws Exception {
        int status = mvc.perform(endpoint.request().with(httpBasic(user, "demo"))).andReturn().getResponse().getStatus();
        if (allowed) {
            assertThat(status).as("allowed").isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(status).as("refused").isEqualTo(403);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void noCredentialsIs401AndAWrongPasswordToo(Endpoint endpoint) throws Exception {
        mvc.perform(endpoint.request()).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")));
        // each from its own address: five wrong passwords from one address would refuse the name there a while
        mvc.perform(endpoint.request().with(httpBasic("manager", "wrong")).with(r -> {
            r.setRemoteAddr("198.51.100." + (1 + Math.abs(endpoint.toString().hashCode() % 250)));
            return r;
        })).andExpect(status().isUnauthorized());
    }

    @Test
    void healthInfoAndApiDocsAreOpenAnUnknownApiPathIsNot() throws Exception {
        mvc.perform(request(HttpMethod.GET, "/actuator/health")).andExpect(status().isOk());
        mvc.perform(request(HttpMethod.GET, "/actuator/info")).andExpect(status().isOk());
        mvc.perform(request(HttpMethod.GET, "/v3/api-docs")).andExpect(status().isOk());
        mvc.perform(request(HttpMethod.GET, "/api/v1/anything").with(httpBasic("manager", "demo"))).andExpect(status().isForbidden());
        mvc.perform(request(HttpMethod.DELETE, "/api/v1/referrals/" + ID).with(httpBasic("manager", "demo"))).andExpect(status().isForbidden());
    }

    @Test
    void webPagesAskForALoginForm() throws Exception {
        mvc.perform(request(HttpMethod.GET, "/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(request(HttpMethod.GET, "/login")).andExpect(status().isOk());
    }
}
