package frontdoor.service.policy;

import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.service.policy.PolicyChanges.Cell;
import frontdoor.service.policy.PolicyChanges.Change;
import frontdoor.service.policy.PolicyChanges.RowChange;
import frontdoor.service.policy.PolicyChanges.TableChange;
import frontdoor.service.policy.PolicyChanges.ValueChange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A draft's changes as the policy reads: rows added, removed, moved and changed cell by cell; rules by name; values old and new. */
class PolicyChangesTest {
    static final Map<String, String> SHIPPED = PolicyFiles.shipped();

    /** The row of the RAG table with this rule id, as written in the file. */
    static String ragRow(String screening, String id) {
        Matcher m = Pattern.compile("(?s)\\s*<rule id=\"_RAG_rating_r\\d\">(?:(?!</rule>).)*<text>" + id + "</text>.*?</rule>").matcher(screening);
        assertThat(m.find()).isTrue();
        return m.group();
    }

    @Test
    void aDraftsChangesAreShownRowByRowRuleByNameAndValueByValue() {
        Map<String, String> draft = new HashMap<>(SHIPPED);
        String screening = SHIPPED.get("screening.dmn");
        String r4 = ragRow(screening, "R4");
        String r6 = ragRow(screening, "R6");
        String r5 = ragRow(screening, "R5");
        String r5Green = r5.replace("<outputEntry><text>\"AMBER\"</text></outputEntry>", "<outputEntry><text>\"GREEN\"</text></outputEntry>");
        String r2 = ragRow(screening, "R2");
        String r7 = r5.replace("_RAG_rating_r5", "_RAG_rating_r7").replace("<text>R5</text>", "<text>R7</text>").replace("<text>3</text>", "<text>2</text>");
        // R4 moves below R6; R5 becomes GREEN; R7 is added after R5; R2 is removed.
        draft.put("screening.dmn", screening.replace(r4, "").replace(r6, r6 + r4).replace(r5, r5Green + r7).replace(r2, ""));
        draft.put("timescales.json", SHIPPED.get("timescales.json").replace("PT4H", "PT2H"));
        draft.put("indicators.json", SHIPPED.get("indicators.json").replaceFirst("(\"code\": \"DOMESTIC_ABUSE_MEDIUM\",\\s*\"domain\": \"PARENTING\",\\s*\"level\": )3", "$14"));
        draft.put("escalations.drl", SHIPPED.get("escalations.drl").replace("all three mean level 4.", "all three always mean level 4."));
        draft.put("cases/MY-1.json", "{}");

        PolicyChanges changes = DraftChanges.between("d", 3, "v", SHIPPED, draft);

        assertThat(changes.tables()).extracting(TableChange::file, TableChange::table, TableChange::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("screening.dmn", "RAG rating", Change.CHANGED));
        List<RowChange> rows = changes.tables().get(0).rows();
        assertThat(rows).extracting(RowChange::rule, RowChange::change)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("R4", Change.MOVED), org.assertj.core.groups.Tuple.tuple("R5", Change.CHANGED),
                        org.assertj.core.groups.Tuple.tuple("R7", Change.ADDED), org.assertj.core.groups.Tuple.tuple("R2", Change.REMOVED));
        RowChange r5Change = rows.stream().filter(r -> r.rule().equals("R5")).findFirst().orElseThrow();
        assertThat(r5Change.cells()).containsExactly(new Cell("rag", "\"AMBER\"", "\"GREEN\""));
        assertThat(r5Change.moved()).isFalse();
        RowChange added = rows.stream().filter(r -> r.rule().equals("R7")).findFirst().orElseThrow();
        assertThat(added.cells()).contains(new Cell("Threshold level", null, "2"), new Cell("rule", null, "R7"));
        assertThat(added.positionAfter()).isEqualTo(4);
        RowChange moved = rows.stream().filter(r -> r.rule().equals("R4")).findFirst().orElseThrow();
        assertThat(moved.moved()).isTrue();
        assertThat(moved.positionBefore()).isEqualTo(4);
        assertThat(moved.positionAfter()).isEqualTo(6);

        assertThat(changes.rules()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("ESC:TOXIC_TRIO");
            assertThat(r.change()).isEqualTo(Change.CHANGED);
            assertThat(r.after()).contains("always mean level 4").startsWith("rule \"ESC:TOXIC_TRIO\"").endsWith("end");
        });
        assertThat(changes.values()).containsExactlyInAnyOrder(
                new ValueChange("indicators.json", "indicators[DOMESTIC_ABUSE_MEDIUM]", "level", "3", "4"),
                new ValueChange("timescales.json", "", "RED", "PT4H", "PT2H"));
        assertThat(changes.cases()).containsExactly(new PolicyChanges.FileChange("cases/MY-1.json", Change.ADDED));
        assertThat(DraftChanges.between("d", 0, "v", SHIPPED, SHIPPED).none()).isTrue();
    }

    @Test
    void recipesAndWeightsAreComparedByPathwayAndConstraint() {
        Map<String, String> draft = new HashMap<>(SHIPPED);
        draft.put("recipes.json", SHIPPED.get("recipes.json").replace("\"POLICE_CHECK\": 30", "\"POLICE_CHECK\": 40")
                .replace("\"NO_FURTHER_ACTION\": [\"SOCIAL_CARE_CHECK\"]", "\"NO_FURTHER_ACTION\": []"));
        draft.put("weights.json", SHIPPED.get("weights.json").replace("\"RED\": 100", "\"RED\": 200"));
        assertThat(DraftChanges.between("d", 1, "v", SHIPPED, draft).values()).containsExactlyInAnyOrder(
                new ValueChange("recipes.json", "minutes", "POLICE_CHECK", "30", "40"),
                new ValueChange("recipes.json", "checks", "NO_FURTHER_ACTION", "SOCIAL_CARE_CHECK", ""),
                new ValueChange("weights.json", "rag", "RED", "100", "200"));
    }
}
