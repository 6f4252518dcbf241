package frontdoor.service.gathering;

import static frontdoor.service.Referrals.get;
import static frontdoor.service.Referrals.newId;
import static frontdoor.service.Referrals.post;
import static frontdoor.service.Referrals.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.service.ServiceTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The service counts a child's earlier referrals itself: the revolving door fires from its own records, named in the reasons. */
@ServiceTest
class OwnRecordsTest {
    @Autowired
    MockMvc mvc;

    /** A level-2 referral (parenting support) that says nothing of earlier contacts. */
    static String referral(String id, String childId, String familyId, Instant receivedAt, String code) {
        return """
                {"referralId": "%s", "receivedAt": "%s", "source": {"agency": "HEALTH", "method": "PHONE"},
                 "child": {"childId": "%s", "familyId": "%s", "dateOfBirth": "2018-01-01"}, "consent": "GIVEN",
                 "concerns": [{"code": "%s", "agency": "HEALTH"}]}""".formatted(id, receivedAt, childId, familyId, code);
    }

    @Test
    void repeatReferralsOfOneChildRaiseTheirContactsAndTheRevolvingDoorFires() throws Exception {
        String child = newId();
        String family = newId();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> earlier = new ArrayList<>();
        submit(mvc, referral(newId(), child, family, now.minus(Duration.ofDays(400)), "PARENTING_SUPPORT_NEEDED")).andExpect(status().isCreated()); // over a year before
        for (int days : new int[] {300, 200, 100}) {
            String id = newId();
            earlier.add(id);
            submit(mvc, referral(id, child, family, now.minus(Duration.ofDays(days)), "PARENTING_SUPPORT_NEEDED")).andExpect(status().isCreated());
        }
        String sibling = newId();
        submit(mvc, referral(sibling, newId(), family, now.minus(Duration.ofDays(10)), "INJURY_UNEXPLAINED")).andExpect(status().isCreated());
        String id = newId();
        String body = referral(id, child, family, now, "PARENTING_SUPPORT_NEEDED");
        JsonNode answer = GatheringWalkTest.json(submit(mvc, body).andExpect(status().isCreated())).get("recommendation");
        assertThat(answer.get("thresholdLevel").asInt()).isEqualTo(3);
        assertThat(answer.findValuesAsText("rule")).contains("ESC:REVOLVING_DOOR", "RECORDS:CONTACTS");
        String records = reason(answer, "RECORDS:CONTACTS");
        assertThat(records).startsWith("3 earlier referrals of this child in the 365 days before this one, from the service's own records: "
                + String.join(", ", earlier));
        submit(mvc, body).andExpect(status().isOk()); // the same referral again: the stored answer
        submit(mvc, body.replace("PHONE", "EMAIL")).andExpect(status().isConflict());

        JsonNode view = GatheringWalkTest.json(get(mvc, "worker", "/api/v1/referrals/" + id));
        assertThat(view.get("family")).hasSize(1);
        assertThat(view.get("family").get(0).get("referralId").asText()).isEqualTo(sibling);
        assertThat(view.get("family").get(0).get("levelFour").asBoolean()).isTrue();

        // a re-evaluation counts again, and a revision keeps the evidence
        JsonNode revision = GatheringWalkTest.json(post(mvc, "worker", "/api/v1/referrals/" + id + "/checks/SOCIAL_CARE_CHECK/result",
                "{\"outcome\": \"NOTHING_KNOWN\"}").andExpect(status().isOk()));
        assertThat(reason(revision.get("recommendation"), "RECORDS:CONTACTS")).isEqualTo(records);
        assertThat(revision.get("changes")).isEmpty();
    }

    @Test
    void aFirstReferralHasNoEvidenceFromTheServicesRecords() throws Exception {
        JsonNode answer = GatheringWalkTest.json(submit(mvc, referral(newId(), newId(), newId(), Instant.now().truncatedTo(ChronoUnit.SECONDS),
                "PARENTING_SUPPORT_NEEDED")).andExpect(status().isCreated())).get("recommendation");
        assertThat(answer.findValuesAsText("rule")).doesNotContain("ESC:REVOLVING_DOOR", "RECORDS:CONTACTS");
        assertThat(answer.get("thresholdLevel").asInt()).isEqualTo(2);
    }

    static String reason(JsonNode recommendation, String rule) {
        for (JsonNode r : recommendation.get("reasons")) {
            if (r.get("rule").asText().equals(rule)) {
                return r.get("text").asText();
            }
        }
        return null;
    }
}
