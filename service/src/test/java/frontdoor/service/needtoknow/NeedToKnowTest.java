package frontdoor.service.needtoknow;

import static frontdoor.service.Referrals.get;
import static frontdoor.service.Referrals.newId;
import static frontdoor.service.Referrals.post;
import static frontdoor.service.Referrals.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.rules.StrictJson;
import frontdoor.service.ServiceTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A restricted POLICE finding: the worker (cleared for nothing) sees that it exists and what it changed,
 * the police user (cleared for POLICE) sees what it says; each view is in the audit chain.
 */
@ServiceTest
class NeedToKnowTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theApiWithholdsItFromTheWorkerAndShowsItToThePolice() throws Exception {
        String id = newId();
        RestrictedFinding.recorded(mvc, id);
        String at = "/api/v1/referrals/" + id;

        String worker = get(mvc, "worker", at).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(worker).contains("\"rag\":\"RED\"", "\"rule\":\"RESTRICTED:POLICE\"", "\"text\":\"restricted information from POLICE\"",
                        "{\"code\":\"restricted information from POLICE\",\"agency\":\"POLICE\"}",
                        "{\"code\":\"DOMESTIC_ABUSE_MEDIUM\",\"agency\":\"EDUCATION\"}") // the school's part is not secret
                .doesNotContain(RestrictedFinding.SECRETS);
        String workerRevisions = get(mvc, "worker", at + "/revisions").andReturn().getResponse().getContentAsString();
        assertThat(workerRevisions).contains("RAG AMBER → RED", "restricted information from POLICE").doesNotContain(RestrictedFinding.SECRETS);
        String workerWhatIf = get(mvc, "worker", at + "/what-would-change").andReturn().getResponse().getContentAsString();
        assertThat(workerWhatIf).contains("without restricted information from POLICE: ").doesNotContain(RestrictedFinding.SECRETS);

        String police = get(mvc, "police", at).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(police).contains("\"rule\":\"INDICATOR:EXPLOITATION_HIGH\"", "{\"code\":\"DOMESTIC_ABUSE_MEDIUM\",\"agency\":\"POLICE\"}")
                .doesNotContain("restricted information from");
        assertThat(get(mvc, "police", at + "/revisions").andReturn().getResponse().getContentAsString())
                .contains("EXPLOITATION_HIGH (POLICE, check result)");
        assertThat(get(mvc, "police", at + "/what-would-change").andReturn().getResponse().getContentAsString())
                .contains("without EXPLOITATION_HIGH (POLICE): ");

        assertThat(audited(id, "worker")).containsSubsequence("VIEWED {}", "RESTRICTED_WITHHELD {\"view\":\"referral\",\"agencies\":\"POLICE\"}",
                "RESTRICTED_WITHHELD {\"view\":\"revisions\",\"agencies\":\"POLICE\"}",
                "RESTRICTED_WITHHELD {\"view\":\"what-would-change\",\"agencies\":\"POLICE\"}");
        assertThat(audited(id, "police")).containsSubsequence("RESTRICTED_SHOWN {\"view\":\"answer\",\"agencies\":\"POLICE\"}", "VIEWED {}",
                "RESTRICTED_SHOWN {\"view\":\"referral\",\"agencies\":\"POLICE\"}", "RESTRICTED_SHOWN {\"view\":\"revisions\",\"agencies\":\"POLICE\"}",
                "RESTRICTED_SHOWN {\"view\":\"what-would-change\",\"agencies\":\"POLICE\"}");
    }

    @Test
    void theReferralPageWithholdsItFromTheWorkerAndShowsItToThePolice() throws Exception {
        String id = newId();
        RestrictedFinding.recorded(mvc, id);
        String worker = page(id, "worker");
        assertThat(worker).contains("Restricted information from POLICE", "Rule <strong>RESTRICTED:POLICE</strong>",
                "evidence:\n          Restricted information from POLICE; Domestic abuse in the household, DASH medium risk (education)",
                "row R1 matched; R1 on restricted information from POLICE")
                .doesNotContain(RestrictedFinding.SECRETS);
        String police = page(id, "police");
        assertThat(police).contains("Sexual or criminal exploitation, assessed high risk (police)", "INDICATOR:EXPLOITATION_HIGH")
                .doesNotContain("restricted information from");
        assertThat(audited(id, "worker")).contains("RESTRICTED_WITHHELD {\"view\":\"referral\",\"agencies\":\"POLICE\"}");
        assertThat(audited(id, "police")).contains("RESTRICTED_SHOWN {\"view\":\"referral\",\"agencies\":\"POLICE\"}");
    }

    @Test
    void aSupersededRestrictedResultStaysWithheldInTheRevisionsThatHoldIt() throws Exception {
        String id = newId();
        RestrictedFinding.recorded(mvc, id);
        String at = "/api/v1/referrals/" + id;
        String cause = StrictJson.DOCUMENT.tree(get(mvc, "police", at + "/revisions").andReturn().getResponse().getContentAsString())
                .get(1).get("cause").asText();
        String entry = cause.substring(cause.lastIndexOf(' ') + 1);
        post(mvc, "police", at + "/checks/POLICE_CHECK/result",
                "{\"outcome\": \"NOTHING_KNOWN\", \"supersedes\": " + entry + ", \"reason\": \"wrong child\"}").andExpect(status().isOk());
        String worker = get(mvc, "worker", at + "/revisions").andReturn().getResponse().getContentAsString();
        assertThat(worker).contains("\"revision\":3", "restricted information from POLICE").doesNotContain(RestrictedFinding.SECRETS);
        assertThat(get(mvc, "worker", at).andReturn().getResponse().getContentAsString()).contains("\"rag\":\"AMBER\"")
                .doesNotContain(RestrictedFinding.SECRETS);
    }

    @Test
    void aReferralWithNothingRestrictedIsViewedAsBefore() throws Exception {
        String id = newId();
        submit(mvc, RestrictedFinding.referral(id)).andExpect(status().isCreated());
        get(mvc, "worker", "/api/v1/referrals/" + id + "/revisions").andExpect(status().isOk());
        assertThat(audited(id, "worker")).noneMatch(a -> a.startsWith("RESTRICTED"));
    }

    private String page(String id, String who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/referrals/" + id).with(user(who).roles("WORKER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private List<String> audited(String id, String actor) {
        return jdbc.sql("SELECT action, detail FROM audit_entry WHERE subject = ? AND actor = ? ORDER BY seq").params(id, actor)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list();
    }
}
