package frontdoor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A catch-all row (no input conditions, below other rows) explains itself: GREEN from R6 names the rows
 * above that came nearest and, for each, which of its conditions held and which did not.
 */
class CatchAllReasonTest {
    static Recommender recommender;

    @BeforeAll
    static void compile() {
        recommender = Recommender.compile(PolicyBundle.shipped());
    }

    static String referral(String dateOfBirth, String concerns) {
        return """
                {"referralId":"R-CA-1","receivedAt":"2026-11-23T09:15:00Z","source":{"agency":"EDUCATION","method":"PORTAL"},
                 "child":{"childId":"C-1","dateOfBirth":"%s"},"consent":"GIVEN","concerns":[%s]}""".formatted(dateOfBirth, concerns);
    }

    private static String reason(String json, String rule) {
        return recommender.recommend(recommender.reader().read(json)).reasons().stream().filter(r -> r.rule().equals(rule))
                .findFirst().orElseThrow().text();
    }

    @Test
    void greenAtLevelThreeSaysWhichRowsNearlyAppliedAndWhyNot() {
        String text = reason(referral("2016-06-02", "{\"code\":\"PARENTAL_MENTAL_HEALTH\",\"agency\":\"HEALTH\"}"), "R6");
        assertThat(text).isEqualTo("No row above matched. R4 and R5 came nearest. R4: threshold level is 3 as the row needs, but age group"
                + " is CHILD, not UNBORN, UNKNOWN, UNDER_1 or UNDER_5; R5: threshold level is 3 as the row needs, but domestic abuse risk"
                + " is NONE, not MEDIUM or HIGH.");
    }

    @Test
    void greenAtLevelOneForABabyPointsAtTheLevel() {
        String text = reason(referral("2026-06-02", ""), "R6");
        assertThat(text).isEqualTo("No row above matched. R2 and R4 came nearest. R2: age group is UNDER_1 as the row needs, but threshold"
                + " level is 1, not 4; R4: age group is UNDER_1 as the row needs, but threshold level is 1, not 3.");
    }

    @Test
    void greenAtLevelOneForAnOlderChildNamesTheRowsWithOneConditionEach() {
        String text = reason(referral("2016-06-02", "{\"code\":\"PERSISTENT_ABSENCE\",\"agency\":\"EDUCATION\"}"), "R6");
        assertThat(text).contains("R1 and R3 came nearest. R1: no immediate indicator; R3: threshold level is");
    }

    @Test
    void aRowThatIsNotACatchAllKeepsItsOwnSentenceAndEscalationsHaveNoQuotes() {
        Recommendation r = recommender.recommend(recommender.reader().read(referral("2026-06-02",
                "{\"code\":\"DOMESTIC_ABUSE_HIGH\",\"agency\":\"POLICE\"}")));
        assertThat(r.reasons()).filteredOn(x -> x.rule().equals("R2")).extracting(Recommendation.Reason::text)
                .containsExactly("Level 4 and the child is under 1, unborn or of unknown age.");
        assertThat(r.reasons()).allSatisfy(x -> assertThat(x.text()).doesNotStartWith("\"").doesNotEndWith("\""));
    }
}
