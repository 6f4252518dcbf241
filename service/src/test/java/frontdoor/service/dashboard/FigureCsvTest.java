package frontdoor.service.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure's CSV: a heading row, one row per category, quoted where needed, never a spreadsheet formula. */
class FigureCsvTest {

    @Test
    void quotesCommasAndDefusesFormulas() {
        Figure f = new Figure("overrides", "t", "s", "stacked", "Rule", List.of("P5", "A, B", "=CMD()", "-3"),
                List.of(new Figure.Series("Pathway \"changed\"", List.of(1L, 2L, 3L, 4.5))), "n");
        assertThat(f.csv()).isEqualTo("Rule,\"Pathway \"\"changed\"\"\"\r\nP5,1\r\n\"A, B\",2\r\n'=CMD(),3\r\n-3,4.5\r\n");
    }
}
