package frontdoor.rules;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.builder.Message;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNMessageType;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidatorFactory;

/**
 * The KIE validator's decision-table analysis ({@code ANALYZE_DECISION_TABLE}) of a bundle's models: gaps
 * and overlaps in UNIQUE tables and masked rows are errors. Where the analysis cannot read a table's cells
 * it reports that as a warning, so a table it skipped is never taken as a pass. Its hit-policy advice
 * (a FIRST table whose rows overlap "should be PRIORITY") is a warning: the policy's tables are first-match
 * by design, and an overlap in a UNIQUE table is already an error of its own.
 */
public final class TableAnalysis {
    /** One finding: the file, the table (decision) or element it is about, the problem in the validator's words. */
    public record Finding(boolean error, String file, String where, String problem) {
    }

    private TableAnalysis() {
    }

    public static List<Finding> of(PolicyBundle bundle) {
        List<Finding> findings = new ArrayList<>();
        DMNValidator validator = DMNValidatorFactory.newValidator();
        try {
            for (String file : List.of(PolicyBundle.THRESHOLD_MODEL, PolicyBundle.SCREENING_MODEL)) {
                String xml = bundle.file(file).replace("https://www.omg.org/spec/DMN/20240513/", "https://www.omg.org/spec/DMN/20230324/");
                for (DMNMessage m : validator.validateUsing(DMNValidator.Validation.ANALYZE_DECISION_TABLE)
                        .theseModels(new StringReader(xml))) {
                    boolean error = m.getLevel() == Message.Level.ERROR || isGapOrOverlapOrMask(m.getMessageType());
                    if (m.getLevel() == Message.Level.INFO && !error) {
                        continue;
                    }
                    findings.add(new Finding(error, file, m.getSourceId() == null ? "" : m.getSourceId(), m.getText()));
                }
            }
        } catch (RuntimeException e) {
            findings.add(new Finding(false, "", "", "the decision-table analysis could not run: " + e.getClass().getSimpleName()));
        } finally {
            validator.dispose();
        }
        return findings;
    }

    private static boolean isGapOrOverlapOrMask(DMNMessageType type) {
        return type == DMNMessageType.DECISION_TABLE_GAP || type == DMNMessageType.DECISION_TABLE_OVERLAP
                || type == DMNMessageType.DECISION_TABLE_MASKED_RULE;
    }
}
