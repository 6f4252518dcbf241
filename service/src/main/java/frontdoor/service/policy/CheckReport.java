package frontdoor.service.policy;

import java.util.List;

/**
 * The result of every check on a draft or version, all run at once: each finding names the file and where
 * in it (table and row, line, JSON path, or the example referral), and says the problem in words. Any
 * error blocks approval and publishing. {@code changedExpectations} shows the approver each shipped
 * scenario case whose expected result the draft changes.
 */
public record CheckReport(String versionId, boolean passed, List<Finding> errors, List<Finding> warnings,
                          List<ChangedExpectation> changedExpectations, int casesRun, int referralsEvaluated) {

    public record Finding(String check, String file, String where, String problem) {
        /** The scenario case a failing case names first in its problem, for the page to open it; null for other checks. */
        public String failingCase() {
            return "cases".equals(check) ? problem.split(" ", 2)[0] : null;
        }
    }

    /** A shipped case the draft replaces: its id and both expectations as JSON text. */
    public record ChangedExpectation(String caseId, String shipped, String draft) {
    }

    static CheckReport of(String versionId, List<Finding> errors, List<Finding> warnings, List<ChangedExpectation> changed,
                          int casesRun, int referralsEvaluated) {
        return new CheckReport(versionId, errors.isEmpty(), List.copyOf(errors), List.copyOf(warnings), List.copyOf(changed),
                casesRun, referralsEvaluated);
    }
}
