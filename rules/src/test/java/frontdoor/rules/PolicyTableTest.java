package frontdoor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The decision tables as a person reads them: every table of both models, each row with its id and entries. */
class PolicyTableTest {

    @Test
    void theShippedTablesAreReadWithTheirRowIdsAndEntries() {
        Recommender recommender = Recommender.compile(PolicyBundle.shipped());
        assertThat(recommender.tables()).extracting(PolicyTable::decision)
                .contains("Base level", "RAG rating", "Pathway", "Actions", "Information gaps");
        PolicyTable rag = recommender.tables().stream().filter(t -> t.decision().equals("RAG rating")).findFirst().orElseThrow();
        assertThat(rag.rows()).extracting(PolicyTable.Row::rule).contains("R1", "R2");
        for (PolicyTable.Row row : rag.rows()) {
            assertThat(row.inputs()).hasSameSizeAs(rag.inputs());
            assertThat(row.outputs()).hasSameSizeAs(rag.outputs());
            assertThat(row.annotations()).hasSameSizeAs(rag.annotations());
        }
        assertThat(rag.annotations()).contains("rule", "reason");
    }
}
