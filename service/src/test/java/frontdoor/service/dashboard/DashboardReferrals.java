package frontdoor.service.dashboard;

import static frontdoor.service.Referrals.post;
import static frontdoor.service.Referrals.submit;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Ten referrals with chosen receipt times, agencies, children and concerns, decided (now) and amended through
 * the API, for the dashboard's figures. RED ones are due 4 hours after receipt, AMBER 24, GREEN 72.
 */
public final class DashboardReferrals {
    static final String AS_RED = "{\"thresholdLevel\": 4, \"rag\": \"RED\", \"pathway\": \"STRATEGY_DISCUSSION\", \"actions\": [\"MARAC_REFERRAL\"]%s}";
    static final String AS_AMBER = "{\"thresholdLevel\": 3, \"rag\": \"AMBER\", \"pathway\": \"CHILD_IN_NEED_ASSESSMENT\", \"actions\": []%s}";
    static final String AS_GREEN = "{\"thresholdLevel\": 1, \"rag\": \"GREEN\", \"pathway\": \"NO_FURTHER_ACTION\", \"actions\": []%s}";
    /** A decision always has a rationale, agreeing with the recommendation or not. */
    static final String AGREED = ", \"rationale\": \"As recommended\"";
    private final MockMvc mvc;
    private final Instant now;
    private final LocalDate today;
    private final ZoneId zone;
    private final Map<String, Instant> received = new HashMap<>();
    private final String run = Long.toString(System.nanoTime(), 36);

    public DashboardReferrals(MockMvc mvc, Instant now, LocalDate today, ZoneId zone) {
        this.mvc = mvc;
        this.now = now;
        this.today = today;
        this.zone = zone;
    }

    public void sendAll() throws Exception {
        send("r1", day(10, 10), "POLICE", "C-1", "RED");       // decided as recommended, days late
        send("r2", ago(1), "POLICE", "C-2", "RED");            // in time; a re-referral of C-2 (r9)
        send("r3", ago(6), "POLICE", "C-3", "RED");            // late against red, then amended down to amber
        send("r4", ago(2), "POLICE", "C-4", "RED");            // in time, the pathway overridden
        send("r5", ago(5), "HEALTH", "C-5", "AMBER");          // in time for amber, amended up to red: late
        send("r6", ago(24), "EDUCATION", "C-1", "GREEN");      // in time; a re-referral of C-1 (r1)
        send("r7", day(12, 10), "HEALTH", "C-7", "AMBER");     // no decision, overdue
        send("r8", ago(1), "EDUCATION", "C-8", "GREEN");       // no decision, not yet due
        send("r9", day(40, 10), "POLICE", "C-2", "RED");       // before the period
        send("r10", day(2, 10), "EDUCATION", "C-9", "GREEN");  // no decision, not yet due
        decide("r1", AS_RED.formatted(AGREED));
        decide("r2", AS_RED.formatted(AGREED));
        decide("r3", AS_RED.formatted(AGREED));
        amend("r3", "{\"thresholdLevel\": 3, \"rag\": \"AMBER\", \"pathway\": \"MASH_ENQUIRY\", \"actions\": [], \"reason\": \"Lower after review\"}");
        decide("r4", "{\"thresholdLevel\": 4, \"rag\": \"RED\", \"pathway\": \"MASH_ENQUIRY\", \"actions\": [\"MARAC_REFERRAL\"], \"rationale\": \"Enquiry first\"}");
        decide("r5", AS_AMBER.formatted(AGREED));
        amend("r5", "{\"thresholdLevel\": 3, \"rag\": \"RED\", \"pathway\": \"CHILD_IN_NEED_ASSESSMENT\", \"actions\": [], \"reason\": \"Worse on review\"}");
        decide("r6", AS_GREEN.formatted(AGREED));
    }

    public Instant received(String name) {
        return received.get(name);
    }

    LocalDate day(int daysAgo) {
        return today.minusDays(daysAgo);
    }

    private Instant day(int daysAgo, int hour) {
        return day(daysAgo).atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
    }

    private Instant ago(int hours) {
        return now.minus(Duration.ofHours(hours));
    }

    private void send(String name, Instant at, String agency, String child, String rag) throws Exception {
        received.put(name, at);
        String concern = switch (rag) {
            case "RED" -> "[ { \"code\": \"DOMESTIC_ABUSE_HIGH\", \"agency\": \"POLICE\" } ]";
            case "AMBER" -> "[ { \"code\": \"SELF_HARM_SERIOUS\", \"agency\": \"HEALTH\" } ]";
            default -> "[]";
        };
        submit(mvc, """
                {"referralId": "%s", "receivedAt": "%s", "source": { "agency": "%s", "method": "PORTAL" },
                 "child": { "childId": "%s", "familyId": "F-1", "disabled": false, "inArea": true },
                 "consent": "GIVEN", "concerns": %s,
                 "history": { "openCase": false, "allocatedTeam": null, "contactsLast12Months": 0, "previousChildProtectionPlan": false, "earlyHelpOpen": false }
                }""".formatted(id(name), at, agency, child, concern)).andExpect(status().isCreated());
    }

    private void decide(String name, String body) throws Exception {
        post(mvc, "worker", "/api/v1/referrals/" + id(name) + "/decision", body).andExpect(status().isCreated());
    }

    private void amend(String name, String body) throws Exception {
        post(mvc, "manager", "/api/v1/referrals/" + id(name) + "/decision/amendments", body).andExpect(status().isCreated());
    }

    public String id(String name) {
        return "D-" + run + "-" + name;
    }
}
