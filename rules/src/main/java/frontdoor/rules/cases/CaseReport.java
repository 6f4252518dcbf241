package frontdoor.rules.cases;

import java.util.List;

/** The result of running a folder of case files: how many passed, and each failure. */
public record CaseReport(int passed, List<Failure> failures) {

    /** A case that did not hold: its id (or file), the field, what the case expected and what it got. */
    public record Failure(String caseId, String field, String expected, String got) {
        @Override
        public String toString() {
            return caseId + " " + field + ": expected " + expected + ", got " + got;
        }
    }

    public int failed() {
        return (int) failures.stream().map(Failure::caseId).distinct().count();
    }

    /** The closing line, {@code N passed, N failed}. */
    public String summary() {
        return passed + " passed, " + failed() + " failed";
    }
}
