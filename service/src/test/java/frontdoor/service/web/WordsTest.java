package frontdoor.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.rules.IndicatorCatalogue;
import frontdoor.rules.PolicyTable;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private static final IndicatorCatalogue CATALOGUE = new IndicatorCatalogue(Map.of("DOMESTIC_ABUSE_HIGH",
            new IndicatorCatalogue.Indicator("DOMESTIC_ABUSE_HIGH", "FAMILY", 3, false, "domestic abuse in the household, DASH high risk")));

    @Test
    void aReferralsSentenceNamesIndicatorsAgenciesAndOutcomesInWords() {
        assertThat(Words.referral("RAG AMBER → RED: R1 now matches; level 3 from DOMESTIC_ABUSE_HIGH (POLICE, check result)", CATALOGUE))
                .isEqualTo("RAG amber → red: R1 now matches; level 3 from domestic abuse in the household, DASH high risk (police, check result)");
        assertThat(Words.referral("pathway EARLY_HELP (P4) instead of MASH_ENQUIRY (P2); actions none instead of MARAC_REFERRAL", CATALOGUE))
                .isEqualTo("pathway early help (P4) instead of MASH enquiry (P2); actions none instead of MARAC referral");
        assertThat(Words.referral("check result POLICE_CHECK (OTHER_LA), entry 3; consent NOT_REQUIRED", CATALOGUE))
                .isEqualTo("check result police check (another local authority), entry 3; consent not required");
    }

    @Test
    void ruleIdsReferralIdsAndOtherCapitalsStayInAReferralsSentence() {
        assertThat(Words.referral("threshold level 3 (INDICATOR:DOMESTIC_ABUSE_HIGH) instead of 4 (RESTRICTED:POLICE); R-20 RAG MARAC A1", CATALOGUE))
                .isEqualTo("threshold level 3 (INDICATOR:DOMESTIC_ABUSE_HIGH) instead of 4 (RESTRICTED:POLICE); R-20 RAG MARAC A1");
        assertThat(Words.referral("without restricted information from POLICE: RAG GREEN", CATALOGUE))
                .isEqualTo("without restricted information from police: RAG green");
        assertThat(Words.referral(null, CATALOGUE)).isNull();
    }

    @Test
    void theValuesTheTablesTestAreCodesInTheirSentences() {
        PolicyTable rag = new PolicyTable("RAG rating", "FIRST", List.of("Threshold level", "Age group"), List.of("rag"), List.of("rule"),
                List.of(new PolicyTable.Row("R2", List.of("4", "\"UNBORN\",\"UNKNOWN\",\"UNDER_1\""), List.of("\"RED\""), List.of("R2")),
                        new PolicyTable.Row("R6", List.of("-", "-"), List.of("\"GREEN\""), List.of("R6"))));
        Set<String> values = Words.tableValues(List.of(rag));
        assertThat(values).containsExactlyInAnyOrder("UNBORN", "UNKNOWN", "UNDER_1", "RED", "GREEN");
        assertThat(Words.referral("R2: threshold level is 4 as the row needs, but age group is CHILD, not UNBORN, UNKNOWN or UNDER_1 (AGE:UNBORN)",
                CATALOGUE, values)).isEqualTo("R2: threshold level is 4 as the row needs, but age group is CHILD, not unborn, unknown or under 1 (AGE:UNBORN)");
    }
}
