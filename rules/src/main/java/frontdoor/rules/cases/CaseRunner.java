package frontdoor.rules.cases;

import frontdoor.rules.JsonChecks;
import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.Json;
import frontdoor.rules.Recommendation;
import frontdoor.rules.Recommender;
import frontdoor.rules.StrictJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Runs test-case files (docs/contract.md "A test-case file") against a compiled policy: every {@code .json} file
 * under a folder, at any depth. Each field given in {@code expect} must hold exactly; {@code actions} and
 * {@code informationGaps} as sets; each of {@code reasonRules} must be among the reasons' rules; a case
 * with {@code "rejected": true} must be refused as bad input. An expect value of the wrong JSON type (a
 * level as a string, a set as a single string) is the case's failure, never a silent pass. Frontdoor adds {@code absentReasonRules}: rules
 * that must not be among the reasons (a near miss: the rule did not match).
 */
public final class CaseRunner {
    private static final Set<String> TEXT_FIELDS = Set.of("referralId", "thresholdName", "rag", "screeningDueBy", "pathway", "policyVersion");
    private static final Set<String> LIST_FIELDS = Set.of("actions", "informationGaps", "reasonRules", "absentReasonRules");
    private final Recommender recommender;

    public CaseRunner(Recommender recommender) {
        this.recommender = recommender;
    }

    /** Every case file under {@code dir}, sorted by path. */
    public static List<Path> caseFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".json")).sorted().toList();
        }
    }

    public CaseReport runAll(Path dir) throws IOException {
        int passed = 0;
        List<CaseReport.Failure> failures = new ArrayList<>();
        for (Path file : caseFiles(dir)) {
            List<CaseReport.Failure> f = run(file);
            if (f.isEmpty()) {
                passed++;
            }
            failures.addAll(f);
        }
        return new CaseReport(passed, failures);
    }

    /** The failures of one case file; empty when it holds. */
    public List<CaseReport.Failure> run(Path file) {
        JsonNode tc;
        try {
            tc = StrictJson.DOCUMENT.tree(file);
        } catch (IOException | InvalidInputException e) {
            return List.of(new CaseReport.Failure(file.toString(), "file", "a JSON case file", "unreadable JSON: " + e.getMessage()));
        }
        return run(file.toString(), tc);
    }

    /** The failures of one case given as text (a case stored with a policy version, or shipped in a jar). */
    public List<CaseReport.Failure> run(String name, String text) {
        try {
            return run(name, StrictJson.DOCUMENT.tree(text));
        } catch (InvalidInputException e) {
            return List.of(new CaseReport.Failure(name, "file", "a JSON case file", "unreadable JSON: " + e.getMessage()));
        }
    }

    private List<CaseReport.Failure> run(String source, JsonNode tc) {
        String id = tc.path("id").asText(source);
        JsonNode expect = tc.path("expect");
        List<CaseReport.Failure> failures = new ArrayList<>();
        for (Iterator<String> names = expect.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode value = expect.get(name);
            boolean typed = TEXT_FIELDS.contains(name) ? value.isTextual()
                    : LIST_FIELDS.contains(name) ? value.isArray()
                    : name.equals("thresholdLevel") ? value.isInt()
                    : name.equals("rejected") ? value.isBoolean() : false;
            if (!typed) {
                failures.add(new CaseReport.Failure(id, name, "a field of the recommendation, of its JSON type", value.toString()));
            }
        }
        if (!tc.has("referral") || !expect.isObject()) {
            failures.add(new CaseReport.Failure(id, "file", "referral and expect", "missing"));
        }
        if (!failures.isEmpty()) {
            return failures;
        }
        boolean rejected = expect.path("rejected").booleanValue();
        Recommendation r;
        try {
            r = recommender.recommend(recommender.reader().read(tc.get("referral")));
        } catch (InvalidInputException e) {
            if (!rejected) {
                failures.add(new CaseReport.Failure(id, "rejected", "accepted", "refused: " + e.getMessage()));
            }
            return failures;
        } catch (RuntimeException e) {
            // One broken case is that case's failure, never the end of the run.
            return List.of(new CaseReport.Failure(id, "recommendation", "a recommendation", "error: " + e.getClass().getSimpleName()));
        }
        if (rejected) {
            failures.add(new CaseReport.Failure(id, "rejected", "refused as bad input", "accepted"));
            return failures;
        }
        check(failures, id, expect, "referralId", r.referralId());
        check(failures, id, expect, "policyVersion", r.policyVersion());
        check(failures, id, expect, "thresholdLevel", String.valueOf(r.thresholdLevel()));
        check(failures, id, expect, "thresholdName", r.thresholdName());
        check(failures, id, expect, "rag", r.rag().name());
        check(failures, id, expect, "pathway", r.pathway());
        if (expect.has("screeningDueBy")) {
            String want = expect.get("screeningDueBy").asText();
            boolean same;
            try {
                same = JsonChecks.instant(want).equals(r.screeningDueBy());
            } catch (RuntimeException e) {
                same = false;
            }
            if (!same) {
                failures.add(new CaseReport.Failure(id, "screeningDueBy", want, r.screeningDueBy().toString()));
            }
        }
        checkSet(failures, id, expect, "actions", r.actions(), true);
        checkSet(failures, id, expect, "informationGaps", r.informationGaps(), true);
        List<String> rules = r.reasons().stream().map(Recommendation.Reason::rule).toList();
        checkSet(failures, id, expect, "reasonRules", rules, false);
        for (JsonNode absent : expect.path("absentReasonRules")) {
            if (rules.contains(absent.asText())) {
                failures.add(new CaseReport.Failure(id, "absentReasonRules", absent.asText() + " not a reason", rules.toString()));
            }
        }
        return failures;
    }

    private static void check(List<CaseReport.Failure> failures, String id, JsonNode expect, String field, String got) {
        if (expect.has(field) && !expect.get(field).asText().equals(got)) {
            failures.add(new CaseReport.Failure(id, field, expect.get(field).asText(), got));
        }
    }

    /** {@code exact}: the same set; otherwise every expected value must be among those got. */
    private static void checkSet(List<CaseReport.Failure> failures, String id, JsonNode expect, String field,
                                 java.util.Collection<String> got, boolean exact) {
        if (!expect.has(field)) {
            return;
        }
        Set<String> want = new TreeSet<>();
        expect.get(field).forEach(v -> want.add(v.asText()));
        Set<String> have = new TreeSet<>(got);
        if (exact ? !want.equals(have) : !have.containsAll(want)) {
            failures.add(new CaseReport.Failure(id, field, want.toString(), exact ? have.toString() : got.toString()));
        }
    }
}
