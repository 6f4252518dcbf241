package frontdoor.service.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import frontdoor.service.FrontdoorApplication;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every JSON body endpoint of screening and the roster, fed 10,000 generated bodies each ({@link JsonBodies}):
 * never a 5xx (nor an exception escaping), and an answer that refuses (4xx) changes nothing stored: not a row,
 * not the audit chain. A body that is taken (2xx that writes) is recorded in the chain with it. The whole
 * service, on its own in-memory H2 (a context of its own, so the shared one's data stays as the other tests
 * expect), through MockMvc. The plan and policy endpoints are left out: a body they take starts a solver or
 * compiles a policy, seconds each.
 */
class BodyFuzzTest {
    static final int TRIES = 10_000;
    static final String REFERRAL = """
            {"referralId": "FZ-1", "receivedAt": "2026-11-23T09:15:00Z", "source": {"agency": "POLICE", "method": "POLICE_NOTIFICATION"},
             "child": {"childId": "C-1", "familyId": "F-1", "dateOfBirth": "2026-06-02", "unborn": false, "disabled": false, "inArea": true},
             "consent": "NOT_SOUGHT", "concerns": [{"code": "DOMESTIC_ABUSE_HIGH", "agency": "POLICE", "note": "n"}],
             "history": {"openCase": false, "allocatedTeam": null, "contactsLast12Months": 1, "previousChildProtectionPlan": false, "earlyHelpOpen": false}}""";
    static final String DECISION = """
            {"thresholdLevel": 3, "rag": "AMBER", "pathway": "MASH_ENQUIRY", "actions": ["MARAC_REFERRAL"], "rationale": "r"}""";
    static final String AMENDMENT = """
            {"thresholdLevel": 4, "rag": "RED", "pathway": "STRATEGY_DISCUSSION", "actions": [], "reason": "r"}""";
    static final String FINDING = """
            {"outcome": "FINDINGS", "concerns": [{"code": "DOMESTIC_ABUSE_MEDIUM", "agency": "POLICE", "note": "n"}],
             "history": {"contactsLast12Months": 2}, "summary": "s", "restricted": false}""";
    static final String INFORMATION = """
            {"agency": "PROBATION", "outcome": "FINDINGS", "concerns": [{"code": "DOMESTIC_ABUSE_HIGH", "agency": "PROBATION"}], "summary": "s"}""";
    static final String CONSENT = """
            {"consent": "GIVEN", "note": "n"}""";
    static final String STAFF = """
            {"id": "FZ-S", "agency": "HEALTH", "skills": ["HEALTH_SYSTEMS"],
             "windows": [{"start": "2026-03-10T09:00:00Z", "end": "2026-03-10T13:00:00Z"}]}""";
    static final String FINGERPRINT = """
            SELECT (SELECT COUNT(*) FROM referral) || '/' || (SELECT COUNT(*) FROM decision) || '/' || (SELECT COUNT(*) FROM gathered)
              || '/' || (SELECT COUNT(*) FROM revision) || '/' || (SELECT COUNT(*) FROM referral_check) || '/' || (SELECT COUNT(*) FROM roster_staff)
              || '/' || (SELECT COALESCE(SUM(LENGTH(body)), 0) FROM roster_staff) || '/' || (SELECT seq FROM audit_head WHERE id = 1)""";

    static ConfigurableApplicationContext context;
    static MockMvc mvc;
    static JdbcTemplate jdbc;

    @BeforeContainer
    static void start() throws Exception {
        context = new SpringApplicationBuilder(FrontdoorApplication.class).profiles("test", "demo")
                .properties("server.port=0", "server.address=127.0.0.1", "frontdoor.allocation.watch-seconds=0",
                        "logging.level.root=ERROR").run();
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
        jdbc = context.getBean(JdbcTemplate.class);
        for (String id : List.of("FZ-D", "FZ-A", "FZ-G")) {
            send(HttpMethod.POST, "/api/v1/referrals", "worker", REFERRAL.replace("FZ-1", id));
        }
        send(HttpMethod.POST, "/api/v1/referrals/FZ-A/decision", "worker", DECISION);
    }

    @AfterContainer
    static void stop() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class))
                .isEqualTo(jdbc.queryForObject("SELECT seq FROM audit_head WHERE id = 1", Long.class));
        assertThat(context.getBean(frontdoor.service.audit.AuditLog.class).verify().intact()).as("the chain after every body").isTrue();
        context.close();
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void referrals(@ForAll("referral") String body) throws Exception {
        check(HttpMethod.POST, "/api/v1/referrals", "worker", body);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void decisions(@ForAll("decision") String body) throws Exception {
        check(HttpMethod.POST, "/api/v1/referrals/FZ-D/decision", "worker", body);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void amendments(@ForAll("amendment") String body) throws Exception {
        check(HttpMethod.POST, "/api/v1/referrals/FZ-A/decision/amendments", "manager", body);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void checkResults(@ForAll("finding") String body) throws Exception {
        check(HttpMethod.POST, "/api/v1/referrals/FZ-G/checks/POLICE_CHECK/result", "police", body);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void information(@ForAll("information") String body) throws Exception {
        check(HttpMethod.POST, "/api/v1/referrals/FZ-G/information", "worker", body);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void consent(@ForAll("consentChange") String body) throws Exception {
        check(HttpMethod.POST, "/api/v1/referrals/FZ-G/consent", "worker", body);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void roster(@ForAll("staff") String body) throws Exception {
        check(HttpMethod.PUT, "/api/v1/roster/FZ-S", "manager", body);
    }

    @Provide
    Arbitrary<String> referral() {
        return JsonBodies.around(REFERRAL);
    }

    @Provide
    Arbitrary<String> decision() {
        return JsonBodies.around(DECISION);
    }

    @Provide
    Arbitrary<String> amendment() {
        return JsonBodies.around(AMENDMENT);
    }

    @Provide
    Arbitrary<String> finding() {
        return JsonBodies.around(FINDING);
    }

    @Provide
    Arbitrary<String> information() {
        return JsonBodies.around(INFORMATION);
    }

    @Provide
    Arbitrary<String> consentChange() {
        return JsonBodies.around(CONSENT);
    }

    @Provide
    Arbitrary<String> staff() {
        return JsonBodies.around(STAFF);
    }

    /** Never a 5xx; a refusal changes nothing; a write is in the audit chain. */
    static void check(HttpMethod method, String path, String user, String body) throws Exception {
        String before = jdbc.queryForObject(FINGERPRINT, String.class);
        int status = send(method, path, user, body).getStatus();
        String after = jdbc.queryForObject(FINGERPRINT, String.class);
        assertThat(status).as("%s %s with %s", method, path, body).isLessThan(500);
        if (status >= 400) {
            assertThat(after).as("refused (%d), yet something changed: %s", status, body).isEqualTo(before);
        } else if (!after.equals(before)) {
            assertThat(seq(after)).as("written without its audit entry: %s", body).isGreaterThan(seq(before));
        }
    }

    private static long seq(String fingerprint) {
        return Long.parseLong(fingerprint.split("/")[7]);
    }

    static MockHttpServletResponse send(HttpMethod method, String path, String user, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.request(method, path).with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

}
