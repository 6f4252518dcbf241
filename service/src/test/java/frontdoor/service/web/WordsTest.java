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
    /** What the tables of a policy test and give, as {@link Words#tableValues} finds them. */
    private static final Set<String> VALUES = Set.of("EARLY_HELP", "MASH_ENQUIRY", "MARAC_REFERRAL", "UNBORN", "UNKNOWN", "UNDER_1");

    private static String referral(String text) {
        return Words.referral(text, CATALOGUE, VALUES);
    }

    @Test
    void aReferralsSentenceNamesIndicatorsAgenciesAndOutcomesInWords() {
        assertThat(referral("RAG AMBER → RED: R1 now matches; level 3 from DOMESTIC_ABUSE_HIGH (POLICE, check result)"))
                .isEqualTo("RAG amber → red: R1 now matches; level 3 from domestic abuse in the household, DASH high risk (police, check result)");
        assertThat(referral("pathway EARLY_HELP (P4) instead of MASH_ENQUIRY (P2); actions none instead of MARAC_REFERRAL"))
                .isEqualTo("pathway early help (P4) instead of MASH enquiry (P2); actions none instead of MARAC referral");
        assertThat(referral("check result POLICE_CHECK (OTHER_LA), entry 3; consent NOT_REQUIRED"))
                .isEqualTo("check result police check (another local authority), entry 3; consent not required");
        assertThat(referral("R2: threshold level is 4 as the row needs, but age group is CHILD, not UNBORN, UNKNOWN or UNDER_1 (AGE:UNBORN)"))
                .isEqualTo("R2: threshold level is 4 as the row needs, but age group is CHILD, not unborn, unknown or under 1 (AGE:UNBORN)");
    }

    @Test
    void ruleIdsReferralIdsAndOtherCapitalsStayInAReferralsSentence() {
        assertThat(referral("threshold level 3 (INDICATOR:DOMESTIC_ABUSE_HIGH) instead of 4 (RESTRICTED:HEALTH+POLICE); R-20 RAG MARAC A1"))
                .isEqualTo("threshold level 3 (INDICATOR:DOMESTIC_ABUSE_HIGH) instead of 4 (RESTRICTED:HEALTH+POLICE); R-20 RAG MARAC A1");
        assertThat(referral("2 contacts in the last 12 months (MARF_2026_000123, REF_0042, OWN_RULE_7, TEAM_NORTH)"))
                .isEqualTo("2 contacts in the last 12 months (MARF_2026_000123, REF_0042, OWN_RULE_7, TEAM_NORTH)");
        assertThat(referral("without restricted information from POLICE: RAG GREEN")).isEqualTo("without restricted information from police: RAG green");
        assertThat(referral(null)).isNull();
    }

    @Test
    void theValuesTheTablesTestAndGiveAreFoundInTheirCells() {
        PolicyTable rag = new PolicyTable("RAG rating", "FIRST", List.of("Threshold level", "Age group"), List.of("rag"), List.of("rule"),
                List.of(new PolicyTable.Row("R2", List.of("4", "\"UNBORN\",\"UNKNOWN\",\"UNDER_1\""), List.of("\"RED\""), List.of("R2")),
                        new PolicyTable.Row("R6", List.of("-", "not(\"POLICE_NOTIFICATION\")"), List.of("\"GREEN\""), List.of("R6"))));
        assertThat(Words.tableValues(List.of(rag))).containsExactlyInAnyOrder("UNBORN", "UNKNOWN", "UNDER_1", "RED", "GREEN", "POLICE_NOTIFICATION");
    }
}
