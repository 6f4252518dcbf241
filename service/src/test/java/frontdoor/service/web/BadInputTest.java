package frontdoor.service.web;

import static frontdoor.service.Referrals.json;
import static frontdoor.service.Referrals.newId;
import static frontdoor.service.Referrals.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.service.ServiceTest;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Every rule of the field table of docs/contract.md, broken one at a time: 400, the field named, nothing stored. */
@ServiceTest
class BadInputTest {
    static final String NOISE = "{}[]\":,0123456789abcdefnrtul \\-";
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    long referralsBefore;
    long auditBefore;

    @BeforeEach
    void countRows() {
        referralsBefore = jdbc.sql("SELECT COUNT(*) FROM referral").query(Long.class).single();
        auditBefore = jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
    }

    @AfterEach
    void nothingStored() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM referral").query(Long.class).single()).isEqualTo(referralsBefore);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single()).isEqualTo(auditBefore);
    }

    static String ok() {
        return json(newId());
    }

    static String with(String from, String to) {
        String body = ok();
        assertThat(body).contains(from);
        return body.replace(from, to);
    }

    static Stream<Arguments> brokenReferrals() {
        String many = "{ \"code\": \"DOMESTIC_ABUSE_HIGH\", \"agency\": \"POLICE\" },".repeat(51);
        return Stream.of(
                Arguments.of("malformed JSON", "{\"referralId\": ", "$.referralId"),
                Arguments.of("not an object", "[1, 2]", "$"),
                Arguments.of("content after the referral", ok() + " {\"x\": 1}", "$"),
                Arguments.of("a duplicate key", with("\"consent\": \"NOT_SOUGHT\",", "\"consent\": \"NOT_SOUGHT\", \"consent\": \"GIVEN\","), "$.consent"),
                Arguments.of("an unknown field", with("\"consent\"", "\"colour\": 1, \"consent\""), "$.colour"),
                Arguments.of("an unknown nested field", with("\"inArea\": true", "\"inArea\": true, \"name\": \"Ann\""), "$.child.name"),
                Arguments.of("referralId missing", with("\"referralId\":", "\"ref\":"), "$.referralId"),
                Arguments.of("referralId pattern", ok().replaceFirst("\"T-", "\"bad id "), "$.referralId"),
                Arguments.of("referralId too long", ok().replaceFirst("\"T-", "\"" + "A".repeat(64)), "$.referralId"),
                Arguments.of("referralId a number", ok().replaceFirst("\"T-[^\"]*\"", "12"), "$.referralId"),
                Arguments.of("receivedAt not an instant", with("2026-11-23T09:15:00Z", "yesterday"), "$.receivedAt"),
                Arguments.of("source.agency unknown", with("\"agency\": \"POLICE\", \"method\"", "\"agency\": \"MI5\", \"method\""), "$.source.agency"),
                Arguments.of("source.method unknown", with("POLICE_NOTIFICATION", "PIGEON"), "$.source.method"),
                Arguments.of("source not an object", with("{ \"agency\": \"POLICE\", \"method\": \"POLICE_NOTIFICATION\" }", "\"POLICE\""), "$.source"),
                Arguments.of("childId pattern", with("\"C-88\"", "\"C 88\""), "$.child.childId"),
                Arguments.of("familyId pattern", with("\"F-31\"", "\"F/31\""), "$.child.familyId"),
                Arguments.of("dateOfBirth not a date", with("2026-06-02", "02/06/2026"), "$.child.dateOfBirth"),
                Arguments.of("dateOfBirth after receivedAt", with("2026-06-02", "2026-12-01"), "$.child.dateOfBirth"),
                Arguments.of("unborn with a dateOfBirth", with("\"unborn\": false", "\"unborn\": true"), "$.child.dateOfBirth"),
                Arguments.of("disabled not a boolean", with("\"disabled\": false", "\"disabled\": \"no\""), "$.child.disabled"),
                Arguments.of("inArea not a boolean", with("\"inArea\": true", "\"inArea\": 1"), "$.child.inArea"),
                Arguments.of("consent unknown", with("NOT_SOUGHT", "MAYBE"), "$.consent"),
                Arguments.of("concerns not an array", with("\"concerns\": [", "\"concerns\": {\"a\": [").replace("} ],", "} ]},"), "$.concerns"),
                Arguments.of("over 50 concerns", with("\"concerns\": [", "\"concerns\": [" + many), "$.concerns"),
                Arguments.of("a code not in the catalogue", with("\"code\": \"DOMESTIC_ABUSE_HIGH\"", "\"code\": \"GRUMPY\""), "$.concerns[0].code"),
                Arguments.of("a concern's agency unknown", with("\"agency\": \"POLICE\", \"note\"", "\"agency\": \"NASA\", \"note\""), "$.concerns[0].agency"),
                Arguments.of("a note over 4000 characters", with("free text, never logged", "n".repeat(4001)), "$.concerns[0].note"),
                Arguments.of("a note not a string", with("\"free text, never logged\"", "42"), "$.concerns[0].note"),
                Arguments.of("contacts over 1000", with("\"contactsLast12Months\": 1", "\"contactsLast12Months\": 1001"), "$.history.contactsLast12Months"),
                Arguments.of("contacts negative", with("\"contactsLast12Months\": 1", "\"contactsLast12Months\": -1"), "$.history.contactsLast12Months"),
                Arguments.of("contacts not whole", with("\"contactsLast12Months\": 1", "\"contactsLast12Months\": 1.5"), "$.history.contactsLast12Months"),
                Arguments.of("history openCase a string", with("\"openCase\": false", "\"openCase\": \"false\""), "$.history.openCase"),
                Arguments.of("an unknown history field", with("\"earlyHelpOpen\": false", "\"earlyHelpOpen\": false, \"x\": 0"), "$.history.x"),
                Arguments.of("an empty body", "", "$"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenReferrals")
    void aBrokenReferralIsRefusedNamingTheField(String rule, String body, String path) throws Exception {
        submit(mvc, body).andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].path", hasItem(path)));
    }

    @Test
    void everyBrokenFieldIsNamedInOneAnswer() throws Exception {
        String body = with("\"C-88\"", "\"C 88\"").replace("MAYBE", "x").replace("NOT_SOUGHT", "MAYBE")
                .replace("DOMESTIC_ABUSE_HIGH", "GRUMPY").replace("\"contactsLast12Months\": 1", "\"contactsLast12Months\": true");
        submit(mvc, body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].path").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "$.child.childId", "$.consent", "$.concerns[0].code", "$.history.contactsLast12Months")));
    }

    @Test
    void aBodyOver1MiBIs413() throws Exception {
        String big = with("free text, never logged", "x".repeat(1024 * 1024));
        submit(mvc, big).andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void otherMediaTypesAndMethodsAreRefusedWithoutAServerError() throws Exception {
        mvc.perform(post("/api/v1/referrals").with(httpBasic("worker", "demo")).contentType(MediaType.TEXT_PLAIN).content(ok()))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/api/v1/referrals").with(httpBasic("worker", "demo")).content(ok()))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/api/v1/referrals").with(httpBasic("worker", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(new byte[] {(byte) 0xC3, (byte) 0x28, '{'})).andExpect(status().isBadRequest());
    }

    @Test
    void noInputEverGetsAServerError() throws Exception {
        Random random = new Random(42);
        String valid = ok();
        for (int i = 0; i < 300; i++) {
            char[] chars = valid.toCharArray();
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(chars.length);
                chars[at] = NOISE.charAt(random.nextInt(NOISE.length()));
            }
            String body = random.nextInt(10) == 0 ? valid.substring(0, random.nextInt(valid.length())) : new String(chars);
            int status = submit(mvc, body.replace("\"T-", "\"F" + i + "-")).andReturn().getResponse().getStatus();
            assertThat(status).as(body).isIn(200, 201, 400, 409);
            referralsBefore += status == 201 ? 1 : 0;
            auditBefore += status == 201 ? 1 : 0;
        }
    }
}
