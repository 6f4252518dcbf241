package frontdoor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RecommenderTest {
    static Recommender recommender;

    @BeforeAll
    static void compile() {
        recommender = Recommender.compile(PolicyBundle.shipped());
    }

    static Recommendation recommend(String json) {
        return recommender.recommend(recommender.reader().read(json));
    }

    @Test
    void contractExampleIsChildProtectionAndRedForABaby() {
        Recommendation r = recommend("""
            {"referralId":"R-2026-000123","receivedAt":"2026-11-23T09:15:00Z",
             "source":{"agency":"POLICE","method":"POLICE_NOTIFICATION"},
             "child":{"childId":"C-88","familyId":"F-31","dateOfBirth":"2026-06-02","unborn":false,"disabled":false,"inArea":true},
             "consent":"NOT_SOUGHT",
             "concerns":[{"code":"DOMESTIC_ABUSE_HIGH","agency":"POLICE","note":"free text, never logged"}],
             "history":{"openCase":false,"allocatedTeam":null,"contactsLast12Months":1,"previousChildProtectionPlan":false,"earlyHelpOpen":false}}
            """);
        assertThat(r.thresholdLevel()).isEqualTo(4);
        assertThat(r.thresholdName()).isEqualTo("CHILD_PROTECTION");
        assertThat(r.rag()).isEqualTo(RagRating.RED);
        assertThat(r.screeningDueBy()).hasToString("2026-11-23T13:15:00Z");
        assertThat(r.pathway()).isEqualTo("STRATEGY_DISCUSSION");
        assertThat(r.actions()).containsExactly("MARAC_REFERRAL");
        assertThat(r.informationGaps()).isEmpty();
        assertThat(r.reasons()).extracting(Recommendation.Reason::rule)
                .containsExactly("INDICATOR:DOMESTIC_ABUSE_HIGH", "R2", "P5", "A1");
        assertThat(r.reasons().get(0).evidence()).containsExactly(new Recommendation.Evidence("DOMESTIC_ABUSE_HIGH", Agency.POLICE));
        assertThat(r.policyVersion()).startsWith("default-");
    }

    @Test
    void anEscalationsReasonIsItsSentenceWithoutTheDrlQuotes() {
        Recommendation r = recommend("""
            {"referralId":"R-TRIO","receivedAt":"2026-11-23T09:15:00Z",
             "source":{"agency":"POLICE","method":"POLICE_NOTIFICATION"},
             "child":{"childId":"C-89","familyId":"F-32","dateOfBirth":"2016-06-02","unborn":false,"disabled":false,"inArea":true},
             "consent":"NOT_SOUGHT",
             "concerns":[{"code":"DOMESTIC_ABUSE_MEDIUM","agency":"POLICE"},{"code":"PARENTAL_MENTAL_HEALTH","agency":"HEALTH"}],
             "history":{"openCase":false,"allocatedTeam":null,"contactsLast12Months":1,"previousChildProtectionPlan":false,"earlyHelpOpen":false}}
            """);
        assertThat(r.reasons()).filteredOn(x -> x.rule().equals("ESC:TOXIC_TRIO")).extracting(Recommendation.Reason::text)
                .containsExactly(recommender.escalations().get(0).reason());
        assertThat(recommender.escalations().get(0).reason()).startsWith("Toxic trio: two of");
    }

    @Test
    void escalationsAreListedInTheOrderTheyApplyWithTheirSentences() {
        assertThat(recommender.escalations()).extracting(EscalationRule::name).containsExactly("ESC:TOXIC_TRIO",
                "ESC:CUMULATIVE", "ESC:REVOLVING_DOOR", "ESC:PREVIOUS_PROTECTION", "ESC:VERY_YOUNG");
        assertThat(recommender.escalations()).extracting(EscalationRule::salience).containsExactly(50, 40, 30, 20, 10);
        assertThat(recommender.escalations().get(2).reason())
                .isEqualTo("Revolving door: three or more contacts in the last 12 months at level 2 raise the level to 3.");
    }
}
