package frontdoor.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository stands alone: no file points to documents outside it, and docs/ describes what the code
 * refers to (the contract, the policy rule by rule, the indicator catalogue, the allocation rules).
 */
class StandsAloneTest {
    static final Path ROOT = Path.of("..");
    /** Upper-case document names and a sibling folder of the repository: written so that this file does not match. */
    static final Pattern OUTSIDE = Pattern.compile("\\b(CONTRACT|POLICY|INDICATORS|ALLOCATION|USERS|RESEARCH)[.]md\\b|shared[/]|[.][.][/]seeds");
    static final Set<String> SKIPPED = Set.of(".git", "target", "node_modules", "data", "images");
    /** Applied migrations never change (their checksums are in every database that ran them). */
    static final Path MIGRATIONS = Path.of("service/src/main/resources/db/migration");
    static final Set<String> MIGRATIONS_BEFORE = Set.of("V1__referrals_and_audit.sql", "V10__allocation.sql", "V12__gathering.sql");

    @Test
    void nothingPointsOutsideTheRepository() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(Files::isRegularFile).filter(StandsAloneTest::read).toList()) {
                String text;
                try {
                    text = Files.readString(file);
                } catch (MalformedInputException binary) {
                    continue;
                }
                if (OUTSIDE.matcher(text).find()) {
                    found.add(ROOT.relativize(file).toString());
                }
            }
        }
        assertThat(found).as("files that point outside the repository").isEmpty();
    }

    private static boolean read(Path file) {
        Path relative = ROOT.relativize(file);
        for (Path part : relative) {
            if (SKIPPED.contains(part.toString())) {
                return false;
            }
        }
        return !(relative.startsWith(MIGRATIONS) && MIGRATIONS_BEFORE.contains(file.getFileName().toString()));
    }

    @Test
    void theIndicatorCatalogueIsDocumented() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/indicators.md"));
        JsonNode catalogue = new ObjectMapper().readTree(ROOT.resolve("rules/src/main/resources/policy/indicators.json").toFile());
        for (JsonNode i : catalogue.path("indicators")) {
            assertThat(doc).contains("| %s | %s | %d | %s | %s |".formatted(i.path("code").asText(), i.path("domain").asText(),
                    i.path("level").asInt(), i.path("immediate").asBoolean() ? "yes" : "no", i.path("meaning").asText()));
        }
    }

    @Test
    void everyRuleIdIsDescribed() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/policy-rules.md"));
        List<String> ids = new ArrayList<>(List.of("INDICATOR:<code>", "ESC:DISABLED", "ESC:TOXIC_TRIO", "ESC:CUMULATIVE",
                "ESC:REVOLVING_DOOR", "ESC:PREVIOUS_PROTECTION", "ESC:VERY_YOUNG"));
        addIds(ids, "R", 6);
        addIds(ids, "P", 12);
        addIds(ids, "A", 11);
        addIds(ids, "G", 2);
        for (String id : ids) {
            assertThat(doc).as(id).containsPattern("\\| `?" + Pattern.quote(id) + "`? \\|");
        }
    }

    private static void addIds(List<String> ids, String prefix, int last) {
        for (int n = 1; n <= last; n++) {
            ids.add(prefix + n);
        }
    }
}
