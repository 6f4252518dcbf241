package frontdoor.service.needtoknow;

import static frontdoor.service.Referrals.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import frontdoor.service.DebugLogs;
import frontdoor.service.Referrals;
import frontdoor.service.ServiceTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The search test: once a restricted POLICE finding is recorded, nothing a reader not cleared for POLICE can
 * reach about the referral (every API answer and page of the worker, the manager's dashboard and its CSV
 * downloads, the auditor's trail) nor any log line, with the service's and Spring's logging at DEBUG,
 * holds its codes, their labels, the police's part of a code the school also raised, its note or summary.
 */
@ServiceTest
@ExtendWith({OutputCaptureExtension.class, DebugLogs.class})
class RestrictedSearchTest {
    static final List<String> FIGURES = List.of("referrals-per-day", "rag-mix", "re-referrals", "overrides", "timeliness", "outcomes", "latency");

    @Autowired
    MockMvc mvc;

    @Test
    void noRestrictedCodeOrWordReachesAnUnclearedReader(CapturedOutput output) throws Exception {
        String id = newId();
        RestrictedFinding.recorded(mvc, id);
        String api = "/api/v1/referrals/" + id;
        List<String> seen = new ArrayList<>();
        // the worker records more and decides: the answers are views too
        seen.add(Referrals.post(mvc, "worker", api + "/information", "{\"agency\": \"HEALTH\", \"outcome\": \"NOTHING_KNOWN\"}")
                .andReturn().getResponse().getContentAsString());
        seen.add(Referrals.post(mvc, "worker", api + "/decision", "{\"thresholdLevel\": 3, \"rag\": \"AMBER\", \"pathway\": \"MASH_ENQUIRY\","
                + " \"rationale\": \"a reason\"}").andReturn().getResponse().getContentAsString());
        for (String user : List.of("worker", "manager", "auditor")) {
            for (String path : List.of(api, api + "/checks", api + "/revisions", api + "/what-would-change", "/api/v1/referrals?size=100",
                    "/api/v1/referrals?rag=RED&size=100", "/api/v1/dashboard", "/api/v1/audit?subject=" + id, "/api/v1/audit?size=1000")) {
                seen.add(reach(user, path, true));
            }
            List<String> pages = new ArrayList<>(List.of("/", "/referrals/" + id, "/referrals", "/referrals?rag=RED", "/dashboard",
                    "/audit?subject=" + id, "/audit"));
            FIGURES.forEach(f -> pages.add("/dashboard/" + f + ".csv"));
            for (String path : pages) {
                seen.add(reach(user, path, false));
            }
        }
        // the search reached what each reader may read
        assertThat(seen.stream().map(s -> s.substring(0, s.indexOf(' ', s.indexOf(' ') + 1) + 1)).toList())
                .contains(api + " 200 ", api + "/revisions 200 ", api + "/what-would-change 200 ", "/referrals/" + id + " 200 ",
                        "/dashboard/overrides.csv 200 ", "/api/v1/audit?subject=" + id + " 200 ", "/audit?subject=" + id + " 200 ",
                        "/api/v1/dashboard 200 ", "/ 200 ");
        assertThat(String.join("\n", seen)).contains(id, "restricted information from POLICE", "RAG AMBER → RED")
                .doesNotContain(RestrictedFinding.SECRETS);
        assertThat(output.getAll()).contains(id).doesNotContain(RestrictedFinding.SECRETS);
    }

    /** What the user gets back from a GET: the answer whatever its status (a refusal shows nothing either). */
    private String reach(String user, String path, boolean api) throws Exception {
        String role = switch (user) {
            case "manager" -> "MANAGER";
            case "auditor" -> "AUDITOR";
            default -> "WORKER";
        };
        var request = MockMvcRequestBuilders.get(path);
        var response = mvc.perform(api ? request.with(httpBasic(user, "demo")) : request.with(user(user).roles(role))).andReturn().getResponse();
        return path + " " + response.getStatus() + " " + response.getContentAsString();
    }
}
