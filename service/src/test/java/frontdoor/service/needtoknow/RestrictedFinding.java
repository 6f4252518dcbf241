package frontdoor.service.needtoknow;

import static frontdoor.service.Referrals.post;
import static frontdoor.service.Referrals.submit;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A referral from a school (domestic abuse, medium risk: AMBER) and a restricted POLICE check result that
 * makes it RED: two codes only the police raised, the school's code raised by the police too, a note and a
 * summary, each with words found nowhere else.
 */
public final class RestrictedFinding {
    static final String NOTE = "Quillon-Marrow-771 seen at the address";
    static final String SUMMARY = "Vantablack-Heron-2207 operation intelligence";
    public static final String RESULT = """
            {"outcome": "FINDINGS", "restricted": true, "summary": "%s",
             "concerns": [{"code": "EXPLOITATION_HIGH", "agency": "POLICE", "note": "%s"},
                          {"code": "PERSON_POSING_RISK_IN_HOUSEHOLD", "agency": "POLICE"},
                          {"code": "DOMESTIC_ABUSE_MEDIUM", "agency": "POLICE"}],
             "history": {"previousChildProtectionPlan": true}}""".formatted(SUMMARY, NOTE);
    /** What no uncleared reader may find: the codes only the police raised, their labels, the police's part of the shared code, the words. */
    public static final List<String> SECRETS = List.of("EXPLOITATION_HIGH", "PERSON_POSING_RISK_IN_HOUSEHOLD", "exploitation",
            "poses a risk to children", "DOMESTIC_ABUSE_MEDIUM (POLICE", "\"code\":\"DOMESTIC_ABUSE_MEDIUM\",\"agency\":\"POLICE\"",
            "Domestic abuse in the household, DASH medium risk (police)", "Quillon", "Marrow", "Vantablack", "Heron", "operation intelligence");

    private RestrictedFinding() {
    }

    public static String referral(String id) {
        Instant received = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        return """
                {"referralId": "%s", "receivedAt": "%s", "source": {"agency": "EDUCATION", "method": "PORTAL"},
                 "child": {"childId": "C-%s", "familyId": "F-%s", "dateOfBirth": "2015-05-01"}, "consent": "NOT_SOUGHT",
                 "concerns": [{"code": "DOMESTIC_ABUSE_MEDIUM", "agency": "EDUCATION"}]}""".formatted(id, received, id, id);
    }

    /** The referral arrives; the police, cleared for their own restricted information, record the result. */
    static void recorded(MockMvc mvc, String id) throws Exception {
        submit(mvc, referral(id)).andExpect(status().isCreated());
        post(mvc, "police", "/api/v1/referrals/" + id + "/checks/POLICE_CHECK/result", RESULT).andExpect(status().isOk());
    }
}
