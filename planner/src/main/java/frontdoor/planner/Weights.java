package frontdoor.planner;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.planner.domain.AllocationWeights;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.JsonChecks;
import frontdoor.rules.RagRating;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Set;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Reads constraint and RAG weights ({@code allocation/weights.json} is the shipped file): every constraint
 * must be named once with a level and a weight, and every RAG rating given. Bad files are refused with
 * every problem named.
 */
public final class Weights {
    public static final String SHIPPED = "allocation/weights.json";

    private Weights() {
    }

    public static AllocationWeights shipped() {
        return read(Resources.text(SHIPPED));
    }

    public static AllocationWeights read(String json) {
        JsonChecks checks = new JsonChecks();
        JsonNode root = Resources.tree(json, checks);
        AllocationWeights weights = new AllocationWeights();
        if (root != null && checks.object(root, "$", Set.of("version", "description", "rag", "constraints"))) {
            String version = checks.text(root, "$", "version", true, null, null);
            if (version != null) {
                weights.setVersion(version);
            }
            JsonNode rag = checks.field(root, "$", "rag", true);
            if (rag != null && checks.object(rag, "$.rag", Set.of("RED", "AMBER", "GREEN"))) {
                for (RagRating rating : RagRating.values()) {
                    if (checks.field(rag, "$.rag", rating.name(), true) != null) {
                        weights.setRagWeight(rating, checks.integer(rag, "$.rag", rating.name(), 0, 1_000_000));
                    }
                }
            }
            JsonNode constraints = checks.field(root, "$", "constraints", true);
            if (constraints != null) {
                readConstraints(constraints, weights, checks);
            }
        }
        if (!checks.problems().isEmpty()) {
            throw new InvalidInputException(checks.problems());
        }
        return weights;
    }

    private static void readConstraints(JsonNode constraints, AllocationWeights weights, JsonChecks checks) {
        Map<String, Field> fields = fields();
        if (!checks.object(constraints, "$.constraints", fields.keySet())) {
            return;
        }
        fields.forEach((name, field) -> {
            String path = "$.constraints[\"" + name + "\"]";
            JsonNode entry = constraints.get(name);
            if (entry == null) {
                checks.problem(path, "is required");
            } else if (checks.object(entry, path, Set.of("level", "weight"))) {
                String level = checks.text(entry, path, "level", true, java.util.regex.Pattern.compile("hard|medium|soft"),
                        "must be hard, medium or soft");
                boolean given = checks.field(entry, path, "weight", true) != null;
                int weight = checks.integer(entry, path, "weight", 0, 1_000_000);
                if (level != null && given) {
                    set(weights, field, score(level, weight));
                }
            }
        });
    }

    /** The constraint weight fields by constraint name, in the order of docs/allocation.md. */
    private static Map<String, Field> fields() {
        Map<String, Field> fields = new java.util.LinkedHashMap<>();
        for (Field field : AllocationWeights.class.getDeclaredFields()) {
            ConstraintWeight annotation = field.getAnnotation(ConstraintWeight.class);
            if (annotation != null) {
                field.setAccessible(true);
                fields.put(annotation.value(), field);
            }
        }
        return fields;
    }

    /** Each constraint's name and weight, hard ones first. */
    public static Map<String, HardMediumSoftLongScore> byName(AllocationWeights weights) {
        Map<String, HardMediumSoftLongScore> byName = new java.util.LinkedHashMap<>();
        fields().forEach((name, field) -> {
            try {
                byName.put(name, (HardMediumSoftLongScore) field.get(weights));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
        return byName;
    }

    private static HardMediumSoftLongScore score(String level, long weight) {
        return switch (level) {
            case "hard" -> HardMediumSoftLongScore.ofHard(weight);
            case "medium" -> HardMediumSoftLongScore.ofMedium(weight);
            default -> HardMediumSoftLongScore.ofSoft(weight);
        };
    }

    private static void set(AllocationWeights weights, Field field, HardMediumSoftLongScore score) {
        try {
            field.set(weights, score);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The level a weight is on: "hard", "medium" or "soft". */
    public static String level(HardMediumSoftLongScore weight) {
        return weight.hardScore() != 0 ? "hard" : weight.mediumScore() != 0 ? "medium" : "soft";
    }

    /** A weight's amount on its level (1 for a hard constraint weighted 1). */
    public static long amount(HardMediumSoftLongScore weight) {
        return weight.hardScore() != 0 ? weight.hardScore() : weight.mediumScore() != 0 ? weight.mediumScore() : weight.softScore();
    }
}
