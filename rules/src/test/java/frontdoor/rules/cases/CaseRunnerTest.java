package frontdoor.rules.cases;

import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.rules.PolicyBundle;
import frontdoor.rules.Recommender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseRunnerTest {
    static final CaseRunner RUNNER = new CaseRunner(Recommender.compile(PolicyBundle.shipped()));
    static final String REFERRAL = """
        {"referralId":"R-1","receivedAt":"2026-11-23T09:15:00Z","source":{"agency":"POLICE","method":"POLICE_NOTIFICATION"},
         "child":{"childId":"C-1","dateOfBirth":"2026-06-02"},"consent":"NOT_SOUGHT",
         "concerns":[{"code":"DOMESTIC_ABUSE_HIGH","agency":"POLICE"}]}""";

    static Path write(Path dir, String name, String expect) throws IOException {
        return Files.writeString(dir.resolve(name), "{\"id\":\"" + name + "\",\"referral\":" + REFERRAL + ",\"expect\":" + expect + "}");
    }

    @Test
    void eachExpectFieldIsChecked(@TempDir Path dir) throws IOException {
        assertThat(RUNNER.run(write(dir, "ok", """
                {"thresholdLevel":4,"thresholdName":"CHILD_PROTECTION","rag":"RED","screeningDueBy":"2026-11-23T14:15:00+01:00",
                 "pathway":"STRATEGY_DISCUSSION","actions":["MARAC_REFERRAL"],"informationGaps":[],
                 "reasonRules":["R2","INDICATOR:DOMESTIC_ABUSE_HIGH"],"absentReasonRules":["R1","ESC:VERY_YOUNG"]}"""))).isEmpty();
        assertThat(RUNNER.run(write(dir, "bad", """
                {"thresholdLevel":3,"rag":"AMBER","screeningDueBy":"2026-11-23T13:16:00Z","pathway":"EARLY_HELP",
                 "actions":[],"informationGaps":["CHILD_AGE_UNKNOWN"],"reasonRules":["R1"],"absentReasonRules":["R2"]}""")))
                .extracting(CaseReport.Failure::field).containsExactlyInAnyOrder("thresholdLevel", "rag",
                        "screeningDueBy", "pathway", "actions", "informationGaps", "reasonRules", "absentReasonRules");
    }

    @Test
    void expectValuesOfTheWrongTypeFailRatherThanPass(@TempDir Path dir) throws IOException {
        assertThat(RUNNER.run(write(dir, "loose", "{\"thresholdLevel\":\"4\",\"reasonRules\":\"P5\",\"rejected\":\"true\",\"colour\":1}")))
                .extracting(CaseReport.Failure::field).containsExactlyInAnyOrder("thresholdLevel", "reasonRules", "rejected", "colour");
        assertThat(RUNNER.run(write(dir, "ids", "{\"referralId\":\"R-1\",\"policyVersion\":\"other-1\"}")))
                .extracting(CaseReport.Failure::field).containsExactly("policyVersion");
    }

    @Test
    void rejectedCasesMustBeRefusedAndOthersAccepted(@TempDir Path dir) throws IOException {
        assertThat(RUNNER.run(write(dir, "accepted-but-expected-refused", "{\"rejected\":true}")))
                .extracting(CaseReport.Failure::field).containsExactly("rejected");
        Path refused = Files.writeString(dir.resolve("r.json"), "{\"id\":\"R\",\"referral\":{\"referralId\":\"x y\"},\"expect\":{\"rejected\":true}}");
        assertThat(RUNNER.run(refused)).isEmpty();
        Path unreadable = Files.writeString(dir.resolve("u.json"), "{not json");
        assertThat(RUNNER.run(unreadable)).extracting(CaseReport.Failure::field).containsExactly("file");
    }

    @Test
    void aFolderReportCountsCasesNotFields(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("deep/er"));
        write(dir.resolve("deep/er"), "one.json", "{\"rag\":\"GREEN\",\"pathway\":\"EARLY_HELP\"}");
        write(dir, "two.json", "{\"rag\":\"RED\"}");
        CaseReport report = RUNNER.runAll(dir);
        assertThat(report.summary()).isEqualTo("1 passed, 1 failed");
        assertThat(report.failures()).hasSize(2);
    }
}
