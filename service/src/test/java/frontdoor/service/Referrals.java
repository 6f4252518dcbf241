package frontdoor.service;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Referral bodies and requests for the tests, as the demo users (password "demo"). */
public final class Referrals {
    private Referrals() {
    }

    public static String newId() {
        return "T-" + UUID.randomUUID();
    }

    /** The contract's example referral (docs/contract.md: RED, STRATEGY_DISCUSSION, MARAC_REFERRAL) with this id. */
    public static String json(String referralId) {
        return json(referralId, "2026-06-02", "free text, never logged");
    }

    /** The example referral with this id, received at {@code at} (to the second), as screening plans it today. */
    public static String received(String referralId, java.time.Instant at) {
        return json(referralId).replace("2026-11-23T09:15:00Z", at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
    }

    public static String json(String referralId, String dateOfBirth, String note) {
        return """
                {
                  "referralId": "%s",
                  "receivedAt": "2026-11-23T09:15:00Z",
                  "source": { "agency": "POLICE", "method": "POLICE_NOTIFICATION" },
                  "child": { "childId": "C-88", "familyId": "F-31", "dateOfBirth": "%s", "unborn": false, "disabled": false, "inArea": true },
                  "consent": "NOT_SOUGHT",
                  "concerns": [ { "code": "DOMESTIC_ABUSE_HIGH", "agency": "POLICE", "note": "%s" } ],
                  "history": { "openCase": false, "allocatedTeam": null, "contactsLast12Months": 1, "previousChildProtectionPlan": false, "earlyHelpOpen": false }
                }""".formatted(referralId, dateOfBirth, note);
    }

    public static ResultActions post(MockMvc mvc, String user, String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    public static ResultActions submit(MockMvc mvc, String body) throws Exception {
        return post(mvc, "worker", "/api/v1/referrals", body);
    }

    public static ResultActions get(MockMvc mvc, String user, String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).with(httpBasic(user, "demo")));
    }
}
