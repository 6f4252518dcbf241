package frontdoor.service.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import frontdoor.rules.StrictJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generated request bodies: mostly mutations of a valid body (a field removed, renamed or added, a value
 * replaced by another type, an extreme number, a long or odd text, the text cut short), and some random JSON
 * and random text. jqwik's seed drives the {@link Random}, so a failure can be replayed.
 */
final class JsonBodies {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] ODD_TEXTS = {"", " ", "null", "\u0000", "\uD83D\uDE00", "<script>", "'; DROP TABLE referral; --",
        "9".repeat(400), "x".repeat(5000), "2026-02-30", "2026-11-23T25:00:00Z", "-1", "NaN", "../../etc/passwd", "\u202E"};
    private static final Number[] ODD_NUMBERS = {0, -1, 1, Integer.MAX_VALUE, Long.MIN_VALUE, 1e308, -0.0, 3.5, 1000, 1001};

    private JsonBodies() {
    }

    static Arbitrary<String> around(String valid) {
        JsonNode root = StrictJson.DOCUMENT.tree(valid);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.randomValue(r -> mutated(root, r, 1 + r.nextInt(3)))),
                net.jqwik.api.Tuple.of(1, Arbitraries.randomValue(r -> cut(valid, r))),
                net.jqwik.api.Tuple.of(2, Arbitraries.randomValue(r -> write(randomValue(r, 3)))),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(60)));
    }

    static String mutated(JsonNode valid, Random r, int times) {
        JsonNode copy = valid.deepCopy();
        for (int i = 0; i < times; i++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(copy, containers);
            mutate(containers.get(r.nextInt(containers.size())), r);
        }
        return write(copy);
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            node.forEach(child -> collect(child, into));
        }
    }

    private static void mutate(JsonNode container, Random r) {
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            String name = names.isEmpty() ? "extra" : names.get(r.nextInt(names.size()));
            switch (r.nextInt(5)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(name + (r.nextBoolean() ? "x" : ""), randomValue(r, 2));
                case 2 -> object.set(name, oddScalar(r));
                case 3 -> object.set(name.toUpperCase(), object.remove(name));
                default -> object.set("unknown" + r.nextInt(3), randomValue(r, 1));
            }
        } else if (container instanceof ArrayNode array) {
            switch (r.nextInt(4)) {
                case 0 -> array.removeAll();
                case 1 -> array.add(randomValue(r, 2));
                case 2 -> {
                    for (int i = r.nextInt(12); i > 0; i--) {   // past small limits, as 50 concerns would take too long to check each time
                        array.add(array.isEmpty() ? oddScalar(r) : array.get(0).deepCopy());
                    }
                }
                default -> {
                    if (!array.isEmpty()) {
                        array.set(r.nextInt(array.size()), oddScalar(r));
                    }
                }
            }
        }
    }

    private static JsonNode oddScalar(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> NODES.textNode(ODD_TEXTS[r.nextInt(ODD_TEXTS.length)]);
            case 1 -> NODES.numberNode(ODD_NUMBERS[r.nextInt(ODD_NUMBERS.length)].doubleValue());
            case 2 -> NODES.booleanNode(r.nextBoolean());
            default -> NODES.nullNode();
        };
    }

    static JsonNode randomValue(Random r, int depth) {
        int kind = depth <= 0 ? r.nextInt(4) : r.nextInt(6);
        return switch (kind) {
            case 0, 1, 2, 3 -> oddScalar(r);
            case 4 -> {
                ArrayNode a = NODES.arrayNode();
                for (int i = r.nextInt(4); i > 0; i--) {
                    a.add(randomValue(r, depth - 1));
                }
                yield a;
            }
            default -> {
                ObjectNode o = NODES.objectNode();
                for (int i = r.nextInt(4); i > 0; i--) {
                    o.set("f" + r.nextInt(10), randomValue(r, depth - 1));
                }
                yield o;
            }
        };
    }

    private static String cut(String valid, Random r) {
        return valid.substring(0, r.nextInt(valid.length()));
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
