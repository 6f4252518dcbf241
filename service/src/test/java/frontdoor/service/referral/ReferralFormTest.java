package frontdoor.service.referral;

import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.rules.Problem;
import frontdoor.service.web.FormErrors;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The form only builds referral JSON: values are passed on as typed so that the reader names what is wrong. */
class ReferralFormTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aFilledFormIsTheContractsJsonWithTheTimeInThePolicysZone() {
        ReferralForm form = new ReferralForm();
        form.setReferralId("R-1");
        form.setReceivedDay("2");
        form.setReceivedMonth("6");
        form.setReceivedYear("2026");
        form.setReceivedTime("09:15");
        form.setBirthDay("1");
        form.setBirthMonth("6");
        form.setBirthYear("2026");
        form.setContactsLast12Months("2");
        form.getConcerns().get(0).setCode("DOMESTIC_ABUSE_HIGH");
        form.getConcerns().get(0).setAgency("POLICE");
        form.getConcerns().add(new ReferralForm.Concern());
        assertThat(form.toJson(LONDON)).contains("\"receivedAt\":\"2026-06-02T08:15:00Z\"", "\"dateOfBirth\":\"2026-06-01\"",
                "\"contactsLast12Months\":2", "\"concerns\":[{\"code\":\"DOMESTIC_ABUSE_HIGH\",\"agency\":\"POLICE\"}]", "\"inArea\":true");
    }

    @Test
    void whatIsNotADateGoesOnAsTypedAndProblemsPointAtTheirInputs() {
        ReferralForm form = new ReferralForm();
        form.setBirthDay("31");
        form.setBirthMonth("2");
        form.setBirthYear("2020");
        form.getConcerns().add(0, new ReferralForm.Concern());
        form.getConcerns().get(1).setAgency("HEALTH");
        assertThat(form.toJson(LONDON)).contains("\"dateOfBirth\":\"2020-2-31\"").doesNotContain("receivedAt");
        FormErrors errors = ReferralFormErrors.of(List.of(new Problem("$.concerns[0].code", "is required"),
                new Problem("$.child.dateOfBirth", "must be an ISO-8601 date, such as 2026-06-02")), form.sentRows());
        assertThat(errors.all()).extracting(FormErrors.Error::field).containsExactly("concern-1-code", "dateOfBirth-day");
        assertThat(errors.get("concern-1-code")).isEqualTo("Select what concern 2 is");
    }
}
