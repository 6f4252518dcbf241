package frontdoor.rules;

import static frontdoor.rules.PolicyBundleTest.edited;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The decision-table analysis and the decisions the Java reads, as a practice lead's broken edit meets them. */
class TableAnalysisTest {

    @Test
    void theShippedTablesHaveNoErrorAndEachTableTheAnalysisCannotReadIsAWarning() {
        var findings = TableAnalysis.of(PolicyBundle.shipped());
        assertThat(findings).noneMatch(TableAnalysis.Finding::error);
        // Row P4's "? != null" is the one cell the analysis cannot read; the RAG table's cells are plain comparisons.
        assertThat(findings).anySatisfy(f -> assertThat(f.where()).isEqualTo("_Pathway_dt"))
                .filteredOn(f -> f.problem().contains("Skipped Decision Table Analysis"))
                .allSatisfy(f -> assertThat(f.where()).isEqualTo("_Pathway_dt"));
    }

    @Test
    void aRowThatCanNeverBeTakenInTheRagTableIsAnError() {
        // R2 without its age condition is R3 again, which can then never be taken.
        PolicyBundle masked = edited(PolicyBundle.SCREENING_MODEL, s -> s.replace(
                "<text>\"UNBORN\",\"UNKNOWN\",\"UNDER_1\"</text>", "<text>-</text>"));
        assertThat(TableAnalysis.of(masked)).anySatisfy(f -> {
            assertThat(f.error()).isTrue();
            assertThat(f.where()).isEqualTo("_RAG_rating_dt");
            assertThat(f.problem()).contains("Rules [2, 3] are duplicates");
        });
    }

    @Test
    void anOverlapInAUniqueTableIsAnErrorNamingFileAndTable() {
        PolicyBundle overlapping = edited(PolicyBundle.THRESHOLD_MODEL, s -> s.replace("<text>[5..18)</text>", "<text>[4..18)</text>"));
        assertThat(TableAnalysis.of(overlapping)).anySatisfy(f -> {
            assertThat(f.error()).isTrue();
            assertThat(f.file()).isEqualTo("threshold.dmn");
            assertThat(f.problem()).contains("Age group").containsIgnoringCase("overlap");
        });
    }

    @Test
    void aRenamedDecisionIsRefusedWhenCompiledNamingFileAndDecision() {
        PolicyBundle renamed = edited(PolicyBundle.SCREENING_MODEL, s -> s.replace("name=\"Pathway\"", "name=\"Route\"")
                .replace("<requiredDecision href=\"#_Pathway\"/>", "<requiredDecision href=\"#_Pathway\"/>"));
        // "Pathway outcome" reads Pathway, so the FEEL compilation names the missing decision before the contract check.
        assertThatThrownBy(() -> Recommender.compile(renamed)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("screening.dmn: ").hasMessageContaining("Unknown variable 'Pathway'");
        PolicyBundle unread = edited(PolicyBundle.SCREENING_MODEL, s -> s.replace("name=\"Pathway outcome\"", "name=\"Route outcome\""));
        assertThatThrownBy(() -> Recommender.compile(unread)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("screening.dmn: decision \"Pathway outcome\" is missing");
    }
}
