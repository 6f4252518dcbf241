package frontdoor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A practice lead's change to a bundle's files takes effect when the bundle is compiled: no Java, no rebuild. */
class PolicyBundleTest {
    static final PolicyBundle SHIPPED = PolicyBundle.shipped();
    static final String REFERRAL = """
        {"referralId":"R-9","receivedAt":"2026-11-23T09:00:00Z","source":{"agency":"HEALTH","method":"PHONE"},
         "child":{"childId":"C-9","dateOfBirth":"2016-05-01"},"consent":"GIVEN",
         "concerns":[{"code":"DOMESTIC_ABUSE_MEDIUM","agency":"POLICE"}]}""";

    static PolicyBundle edited(String file, UnaryOperator<String> edit) {
        Map<String, String> files = new HashMap<>(SHIPPED.files());
        files.put(file, edit.apply(files.get(file)));
        return new PolicyBundle(files);
    }

    static Recommendation recommend(PolicyBundle bundle) {
        Recommender r = Recommender.compile(bundle);
        return r.recommend(r.reader().read(REFERRAL));
    }

    @Test
    void theVersionNamesTheBundleAndChangesWithAnyFile() {
        assertThat(SHIPPED.version()).matches("default-[0-9a-f]{12}").isEqualTo(PolicyBundle.shipped().version());
        assertThat(edited(PolicyBundle.TIMESCALES, s -> s.replace("PT72H", "PT71H")).version()).isNotEqualTo(SHIPPED.version());
    }

    @Test
    void anEditedFolderTakesEffectWithoutARebuild(@TempDir Path dir) throws IOException {
        Recommendation before = recommend(SHIPPED);
        assertThat(before.rag()).isEqualTo(RagRating.AMBER);
        assertThat(before.screeningDueBy()).hasToString("2026-11-24T09:00:00Z");
        for (String name : PolicyBundle.FILES) {
            Files.writeString(dir.resolve(name), SHIPPED.file(name));
        }
        // A lead shortens AMBER to 6 hours and rewords R5.
        Files.writeString(dir.resolve(PolicyBundle.TIMESCALES), SHIPPED.file(PolicyBundle.TIMESCALES).replace("PT24H", "PT6H"));
        Files.writeString(dir.resolve(PolicyBundle.SCREENING_MODEL), SHIPPED.file(PolicyBundle.SCREENING_MODEL)
                .replace("Level 3 with medium- or high-risk domestic abuse in the household.", "Level 3 and DASH medium or high."));
        PolicyBundle bundle = PolicyBundle.fromDirectory(dir);
        Recommendation after = recommend(bundle);
        assertThat(after.screeningDueBy()).hasToString("2026-11-23T15:00:00Z");
        assertThat(after.reasons()).filteredOn(r -> r.rule().equals("R5")).singleElement()
                .satisfies(r -> assertThat(r.text()).isEqualTo("Level 3 and DASH medium or high."));
        assertThat(after.policyVersion()).isEqualTo(bundle.version()).isNotEqualTo(before.policyVersion());
    }

    @Test
    void aCatalogueChangeNeedsNoCodeChange() {
        // A lead adds a code; a referral using it is accepted and the code's level counts.
        PolicyBundle bundle = edited(PolicyBundle.CATALOGUE, s -> s.replaceFirst("\\[", """
                [{"code":"COUNTY_LINES","domain":"CHILD","level":4,"immediate":false,"meaning":"criminal exploitation through county lines"},"""));
        Recommender r = Recommender.compile(bundle);
        Recommendation rec = r.recommend(r.reader().read(REFERRAL.replace("DOMESTIC_ABUSE_MEDIUM", "COUNTY_LINES")));
        assertThat(rec.thresholdLevel()).isEqualTo(4);
        assertThat(rec.reasons()).extracting(Recommendation.Reason::rule).contains("INDICATOR:COUNTY_LINES");
    }

    @Test
    void aTableRowChangeTakesEffect() {
        // R5 made to need only DOMESTIC_ABUSE_HIGH: the medium-risk referral falls through to R6 GREEN.
        PolicyBundle bundle = edited(PolicyBundle.SCREENING_MODEL, s -> s.replace(
                "<inputEntry><text>\"MEDIUM\",\"HIGH\"</text></inputEntry>", "<inputEntry><text>\"HIGH\"</text></inputEntry>"));
        assertThat(bundle.version()).isNotEqualTo(SHIPPED.version());
        assertThat(recommend(bundle).rag()).isEqualTo(RagRating.GREEN);
    }

    @Test
    void modelsSavedAsDmn16ByTheKieEditorAreReadAsDmn15() {
        PolicyBundle saved = edited(PolicyBundle.SCREENING_MODEL, s -> s.replace("https://www.omg.org/spec/DMN/20230324/", "https://www.omg.org/spec/DMN/20240513/"));
        assertThat(saved.file(PolicyBundle.SCREENING_MODEL)).contains("20240513/MODEL/").doesNotContain("20230324");
        Recommendation r = recommend(saved);
        Recommendation shipped = recommend(SHIPPED);
        assertThat(r.rag()).isEqualTo(shipped.rag());
        assertThat(r.reasons()).isEqualTo(shipped.reasons());
    }

    @Test
    void aMistypedOutputValueIsRefusedWhenARowGivesIt() {
        // The models compile (neither the validator nor the compiler reads output cells against the allowed values); the
        // value is refused when a row gives it (the table checks its output column's type, tRag; the service checks
        // every value it reads, see aMistypedPathwayOrActionIsRefusedWhenARowGivesIt). The policy checks run the corpus,
        // which takes every row, before a draft is published.
        PolicyBundle mistyped = edited(PolicyBundle.SCREENING_MODEL, s -> s.replaceFirst(
                "(<rule id=\"_RAG_rating_r3\">(?:\\s*<inputEntry><text>[^<]*</text></inputEntry>)*\\s*<outputEntry><text>)\"AMBER\"", "$1\"AMBR\""));
        Recommender r = Recommender.compile(mistyped);
        String levelFour = CatchAllReasonTest.referral("2016-06-02", "{\"code\":\"DOMESTIC_ABUSE_HIGH\",\"agency\":\"POLICE\"}");
        assertThatThrownBy(() -> r.recommend(r.reader().read(levelFour))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the policy failed to evaluate");
    }

    @Test
    void aMistypedPathwayOrActionIsRefusedWhenARowGivesIt() {
        String levelFour = CatchAllReasonTest.referral("2016-06-02", "{\"code\":\"DOMESTIC_ABUSE_HIGH\",\"agency\":\"POLICE\"}");
        assertThat(recommend(SHIPPED, levelFour).actions()).contains("MARAC_REFERRAL");
        assertThat(recommend(SHIPPED, levelFour).pathway()).isEqualTo("STRATEGY_DISCUSSION");
        Recommender pathway = Recommender.compile(edited(PolicyBundle.SCREENING_MODEL,
                s -> s.replace("<outputEntry><text>\"STRATEGY_DISCUSSION\"</text></outputEntry>", "<outputEntry><text>\"STRATEGY_DISCUSION\"</text></outputEntry>")));
        assertThatThrownBy(() -> pathway.recommend(pathway.reader().read(levelFour))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the policy failed to evaluate").hasMessageContaining("Pathway");
        Recommender action = Recommender.compile(edited(PolicyBundle.SCREENING_MODEL,
                s -> s.replace("<outputEntry><text>\"MARAC_REFERRAL\"</text></outputEntry>", "<outputEntry><text>\"MARAC\"</text></outputEntry>")));
        assertThatThrownBy(() -> action.recommend(action.reader().read(levelFour))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the policy failed to evaluate").hasMessageContaining("Actions");
        // A literal expression is not a table: no output column checks it, the service does.
        Recommender outcome = Recommender.compile(edited(PolicyBundle.SCREENING_MODEL,
                s -> s.replace("<text>Pathway.pathway</text>", "<text>\"ELSEWHERE\"</text>")));
        assertThatThrownBy(() -> outcome.recommend(outcome.reader().read(levelFour))).isInstanceOf(IllegalStateException.class)
                .hasMessage("the policy failed to evaluate: decision \"Pathway outcome\" gave a value that is not a tPathway");
    }

    static Recommendation recommend(PolicyBundle bundle, String referral) {
        Recommender r = Recommender.compile(bundle);
        return r.recommend(r.reader().read(referral));
    }

    @Test
    void brokenFilesAreRefusedNamingTheFile() {
        assertThatThrownBy(() -> Recommender.compile(edited(PolicyBundle.SCREENING_MODEL, s -> s.replace("Immediate codes != []", "Immediate codes != ["))))
                .isInstanceOf(PolicyException.class).hasMessageContaining("screening.dmn");
        assertThatThrownBy(() -> Recommender.compile(edited(PolicyBundle.ESCALATIONS, s -> s.replace("salience 40", "salience forty"))))
                .isInstanceOf(PolicyException.class).hasMessageContaining("escalations.drl");
        assertThatThrownBy(() -> Recommender.compile(edited(PolicyBundle.TIMESCALES, s -> s.replace("PT4H", "four hours"))))
                .isInstanceOf(PolicyException.class).hasMessageContaining("timescales.json: RED");
        assertThatThrownBy(() -> Recommender.compile(edited(PolicyBundle.CATALOGUE, s -> s.replace("\"level\": 4", "\"level\": 5"))))
                .isInstanceOf(PolicyException.class).hasMessageContaining("indicators.json").hasMessageContaining(".level must be a whole number from 1 to 4");
        Map<String, String> missing = new HashMap<>(SHIPPED.files());
        missing.remove(PolicyBundle.ESCALATIONS);
        assertThatThrownBy(() -> new PolicyBundle(missing)).hasMessage("the bundle has no escalations.drl");
    }
}
