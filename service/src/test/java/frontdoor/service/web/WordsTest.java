package frontdoor.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
    private final Words words = new Words();

    @Test
    void aPlansSentenceNamesSkillsAndTasksInWords() {
        assertThat(words.sentence("R-20-5 (MANAGER_SIGN_OFF of R-20) waits; every worker with SOCIAL_CARE_SYSTEMS (S1, S2) is busy;"
                + " no one with MASH_MANAGER works today (no one with the skill)."))
                .isEqualTo("R-20-5 (manager sign off of R-20) waits; every worker with social care systems (S1, S2) is busy;"
                        + " no one with MASH manager works today (no one with the skill).");
    }

    @Test
    void otherCapitalsAndIdsAreLeftAsTheyAre() {
        assertThat(words.sentence("R-7 (RED) needs STRATEGY_DISCUSSION; task AB_CD of R_1")).isEqualTo("R-7 (RED) needs STRATEGY_DISCUSSION; task AB_CD of R_1");
        assertThat(words.sentence(null)).isNull();
    }

    @Test
    void aCodeOnItsOwnStartsWithACapital() {
        assertThat(words.of("MARAC_REFERRAL")).isEqualTo("MARAC referral");
        assertThat(words.of("HEALTH_SYSTEMS")).isEqualTo("Health systems");
    }
}
