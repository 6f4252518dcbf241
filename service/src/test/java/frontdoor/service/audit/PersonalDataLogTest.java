package frontdoor.service.audit;

import static frontdoor.service.Referrals.get;
import static frontdoor.service.Referrals.json;
import static frontdoor.service.Referrals.newId;
import static frontdoor.service.Referrals.post;
import static frontdoor.service.Referrals.submit;
import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.service.DebugLogs;
import frontdoor.service.ServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

/** Notes and dates of birth never reach the log, even with the service's and Spring's web logging at DEBUG. */
@ServiceTest
@ExtendWith({OutputCaptureExtension.class, DebugLogs.class})
class PersonalDataLogTest {
    static final String NOTE = "Zebedee-Quokka-9931 said the stepfather hit her";
    static final String DOB = "2019-02-17";

    @Autowired
    MockMvc mvc;

    @Test
    void aReferralsNoteAndDateOfBirthAreNeverLogged(CapturedOutput output) throws Exception {
        String id = newId();
        submit(mvc, json(id, DOB, NOTE));
        submit(mvc, json(id, DOB, NOTE + "!"));                        // 409
        submit(mvc, json(newId(), "2099-01-01", NOTE).replace("\"C-88\"", "\"C 88\"")); // 400
        submit(mvc, json(newId(), DOB, NOTE).replace("\"consent\"", "\"consent\": 1, \"x\""));
        get(mvc, "manager", "/api/v1/referrals/" + id);
        post(mvc, "worker", "/api/v1/referrals/" + id + "/decision",
                "{\"thresholdLevel\": 1, \"rag\": \"GREEN\", \"pathway\": \"NO_FURTHER_ACTION\", \"rationale\": \"" + NOTE + "\"}");
        assertThat(output.getAll()).contains(id).doesNotContain("Zebedee", "Quokka", DOB, "2099-01-01", "stepfather");
    }

    @Test
    void whatAnAgencyFoundIsNeverLogged(CapturedOutput output) throws Exception {
        String id = newId();
        submit(mvc, json(id, DOB, "a note"));
        String at = "/api/v1/referrals/" + id;
        String finding = "{\"outcome\": \"FINDINGS\", \"concerns\": [{\"code\": \"DOMESTIC_ABUSE_HIGH\", \"agency\": \"POLICE\", \"note\": \""
                + NOTE + "\"}], \"summary\": \"" + NOTE + "\"}";
        post(mvc, "worker", at + "/checks/POLICE_CHECK/result", finding);
        post(mvc, "worker", at + "/checks/POLICE_CHECK/result", finding);                                   // 409
        post(mvc, "worker", at + "/checks/HEALTH_CHECK/result", finding);                                   // 400: not the check's agency
        post(mvc, "worker", at + "/information", finding.replace("{\"outcome", "{\"agency\": \"POLICE\", \"outcome"));
        post(mvc, "worker", at + "/consent", "{\"consent\": \"NOT_REQUIRED\", \"reason\": \"" + NOTE + "\"}");
        get(mvc, "worker", at + "/revisions");
        assertThat(output.getAll()).contains(id).doesNotContain("Zebedee", "Quokka", "stepfather");
    }
}
