package frontdoor.service.policy;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The broken drafts of the "done when", each one practice lead's edit of one file, with what the
 * report must name: the file, and the table and row (or line, or example referral).
 */
enum BrokenDraft {
    OVERLAP_IN_A_UNIQUE_TABLE("threshold.dmn", s -> s.replace("<text>[5..18)</text>", "<text>[4..18)</text>"),
            "decision tables", "threshold.dmn", "", "Age group"),
    BROKEN_FEEL_CELL("screening.dmn", s -> s.replaceFirst("(<rule id=\"_RAG_rating_r1\">\\s*<inputEntry><text>)true<", "$1(true<"),
            "compile", "screening.dmn", "table \"RAG rating\", row 1", "RAG rating"),
    RENAMED_DECISION("screening.dmn", s -> s.replace("name=\"Information gaps\"", "name=\"Gaps\""),
            "compile", "screening.dmn", "", "decision \"Information gaps\" is missing"),
    UNKNOWN_CATALOGUE_CODE("screening.dmn", s -> s.replace("\"DOMESTIC_ABUSE_MEDIUM\" in Concern codes", "\"DOMESTIC_ABUSE_MEDIUMM\" in Concern codes"),
            "catalogue", "screening.dmn", "decision \"Referral facts\"", "DOMESTIC_ABUSE_MEDIUMM"),
    PATHWAY_WITHOUT_A_RECIPE("recipes.json", s -> s.replaceFirst("\"EARLY_HELP\"\\s*:\\s*\\[[^]]*],?", ""),
            "recipes", "screening.dmn", "table \"Pathway\", row ", "EARLY_HELP"),
    IMMEDIATE_CONCERN_AMBER("screening.dmn", s -> s.replaceFirst(
            "<outputEntry><text>\"RED\"</text></outputEntry>(\\s*<outputEntry><text>Referral facts.Immediate codes)", "<outputEntry><text>\"AMBER\"</text></outputEntry>$1"),
            "safety", "", "example referral: concerns [", "a concern marked immediate always gives RED");

    final String file;
    final UnaryOperator<String> edit;
    final String check;
    final String namedFile;
    final String where;
    final String problem;

    BrokenDraft(String file, UnaryOperator<String> edit, String check, String namedFile, String where, String problem) {
        this.file = file;
        this.edit = edit;
        this.check = check;
        this.namedFile = namedFile;
        this.where = where;
        this.problem = problem;
    }

    String edited(String text) {
        String after = edit.apply(text);
        if (after.equals(text)) {
            throw new IllegalStateException(this + " does not change " + file);
        }
        return after;
    }

    Map<String, String> files() {
        Map<String, String> files = new HashMap<>(PolicyFiles.shipped());
        files.put(file, edited(files.get(file)));
        return files;
    }

    /** Whether a finding (check, file, where, problem) is the one this draft must be refused with. */
    boolean named(String check, String file, String where, String problem) {
        return check.equals(this.check) && file.equals(namedFile) && where.startsWith(this.where) && problem.contains(this.problem);
    }
}
