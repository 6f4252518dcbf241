package frontdoor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferralReaderTest {
    final ReferralReader reader = new ReferralReader(code -> code.equals("DOMESTIC_ABUSE_HIGH"), ZoneId.of("Europe/London"));

    static final String VALID = """
        {"referralId":"R-1","receivedAt":"2026-11-23T09:15:00Z",
         "source":{"agency":"POLICE","method":"POLICE_NOTIFICATION"},
         "child":{"childId":"C-1","dateOfBirth":"2020-01-01"},
         "consent":"GIVEN","concerns":[{"code":"DOMESTIC_ABUSE_HIGH","agency":"POLICE","note":"n"}]}""";

    List<Problem> problems(String json) {
        try {
            reader.read(json);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void readsAValidReferralWithDefaults() {
        Referral r = reader.read(VALID);
        assertThat(r.child().inArea()).isTrue();
        assertThat(r.child().unborn()).isFalse();
        assertThat(r.history()).isEqualTo(Referral.History.NONE);
        assertThat(r.concerns()).extracting(Referral.Concern::code).containsExactly("DOMESTIC_ABUSE_HIGH");
    }

    @Test
    void namesEveryBrokenFieldAtOnce() {
        List<Problem> problems = problems("""
            {"referralId":"R 1","receivedAt":"23/11/2026","extra":1,
             "source":{"agency":"MI5","method":"FAX"},
             "child":{"childId":"C/1","familyId":"","dateOfBirth":"2026-13-01","unborn":"true","inArea":1},
             "consent":"MAYBE",
             "concerns":[{"code":"NOPE","agency":"POLICE","colour":"red"},{"agency":"HEALTH"},7],
             "history":{"contactsLast12Months":-1,"openCase":"no"}}""");
        assertThat(problems).extracting(Problem::path).containsExactlyInAnyOrder(
                "$.extra", "$.referralId", "$.receivedAt", "$.source.agency", "$.source.method",
                "$.child.childId", "$.child.familyId", "$.child.dateOfBirth", "$.child.unborn", "$.child.inArea",
                "$.consent", "$.concerns[0].code", "$.concerns[0].colour", "$.concerns[1].code", "$.concerns[2]",
                "$.history.contactsLast12Months", "$.history.openCase");
        assertThat(problems).contains(new Problem("$.extra", "unknown field"),
                new Problem("$.concerns[0].code", "is not in the indicator catalogue in force"),
                new Problem("$.history.contactsLast12Months", "must be a whole number from 0 to 1000"));
    }

    @Test
    void refusesAnUnbornChildWithADateOfBirthAndABirthAfterReceipt() {
        assertThat(problems(VALID.replace("\"dateOfBirth\":\"2020-01-01\"", "\"dateOfBirth\":\"2020-01-01\",\"unborn\":true")))
                .containsExactly(new Problem("$.child.dateOfBirth", "must be absent when the child is unborn"));
        assertThat(problems(VALID.replace("2020-01-01", "2026-11-24")))
                .containsExactly(new Problem("$.child.dateOfBirth", "must not be after receivedAt"));
    }

    @Test
    void comparesTheDateOfBirthWithTheLondonDateOfReceipt() {
        // 23:30Z on 30 June is already 1 July in London (BST): a child born on 1 July is born "today".
        String json = VALID.replace("2026-11-23T09:15:00Z", "2026-06-30T23:30:00Z").replace("2020-01-01", "2026-07-01");
        assertThat(reader.read(json).child().dateOfBirth()).hasToString("2026-07-01");
    }

    @Test
    void refusesTooManyConcernsLongNotesAndMissingRequiredFields() {
        String many = "[" + "{\"code\":\"DOMESTIC_ABUSE_HIGH\",\"agency\":\"POLICE\"},".repeat(50) + "{\"code\":\"DOMESTIC_ABUSE_HIGH\",\"agency\":\"POLICE\"}]";
        assertThat(problems(VALID.replaceFirst("\\[\\{.*\\}\\]", many)))
                .containsExactly(new Problem("$.concerns", "must have at most 50 concerns"));
        assertThat(problems(VALID.replace("\"note\":\"n\"", "\"note\":\"" + "x".repeat(4001) + "\"")))
                .containsExactly(new Problem("$.concerns[0].note", "must be at most 4000 characters"));
        assertThat(problems("{}")).extracting(Problem::path)
                .containsExactlyInAnyOrder("$.referralId", "$.receivedAt", "$.source", "$.child", "$.consent", "$.concerns");
    }

    @Test
    void refusesWhatJacksonsLimitsStopAndTrailingContentWithoutAnException() {
        assertThat(problems("{\"history\":{\"contactsLast12Months\":" + "1".repeat(1200) + "}}")).singleElement()
                .satisfies(p -> assertThat(p.reason()).startsWith("JSON beyond the size or nesting limits"));
        assertThat(problems("[".repeat(3000) + "]".repeat(3000))).extracting(Problem::path).containsExactly("$");
        assertThat(problems(VALID + "{\"x\":1}")).containsExactly(new Problem("$", "content after the JSON value"));
        assertThat(problems(VALID + " trailing")).containsExactly(new Problem("$", "content after the JSON value"));
    }

    @Test
    void refusesInstantsAndDatesOutsideFourDigitYearsOrInLowerCase() {
        for (String at : new String[] {"+1000000000-12-31T23:59:59Z", "-1000000000-01-01T00:00:00Z", "2026-11-23t09:15:00z"}) {
            assertThat(problems(VALID.replace("2026-11-23T09:15:00Z", at))).extracting(Problem::path).containsExactly("$.receivedAt");
        }
        assertThat(problems(VALID.replace("2020-01-01", "+12020-01-01"))).extracting(Problem::path).containsExactly("$.child.dateOfBirth");
        assertThat(reader.read(VALID.replace("2026-11-23T09:15:00Z", "2026-11-23T10:15:00.5+01:00")).receivedAt())
                .hasToString("2026-11-23T09:15:00.500Z");
        assertThat(reader.read(VALID.replace("2026-11-23T09:15:00Z", "2026-11-23T09:15Z")).receivedAt())
                .hasToString("2026-11-23T09:15:00Z"); // ISO-8601 lets the seconds be left out
        assertThat(problems(VALID.replace("2026-11-23T09:15:00Z", "2026-11-23T09:15:60Z"))).extracting(Problem::path)
                .containsExactly("$.receivedAt");
    }

    @Test
    void anUnknownFieldsNameIsShortenedInItsPath() {
        String longName = "x".repeat(500);
        assertThat(problems(VALID.replace("\"consent\"", "\"" + longName + "\":1,\"consent\""))).singleElement()
                .satisfies(p -> assertThat(p.path()).hasSize(2 + 64 + 1).endsWith("…"));
    }

    @Test
    void refusesMalformedJsonAndDuplicateKeysWithoutEchoingTheBody() {
        assertThat(problems("{\"referralId\": \"R-1\", \"note\": \"secret")).singleElement()
                .satisfies(p -> assertThat(p.reason()).startsWith("malformed JSON").doesNotContain("secret"));
        assertThat(problems("{\"referralId\":\"R-1\",\"referralId\":\"R-2\"}"))
                .containsExactly(new Problem("$.referralId", "key given more than once"));
        assertThatThrownBy(() -> reader.read("[]")).isInstanceOf(InvalidInputException.class).hasMessage("$: must be an object");
    }
}
