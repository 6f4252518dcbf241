package frontdoor.service.referral;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 of a JSON tree with its keys sorted: the same referral however it is spaced or ordered. The tree
 * is written straight from the parsed nodes (no copy into maps and lists); a tree with a fraction in it
 * takes the general path through maps, so every hash stays what it was when stored.
 */
final class CanonicalJson {
    private static final JsonMapper SORTED = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private CanonicalJson() {
    }

    static String sha256(JsonNode tree) {
        try {
            byte[] canonical;
            if (integral(tree)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
                try (JsonGenerator g = SORTED.getFactory().createGenerator(out)) {
                    write(tree, g);
                }
                canonical = out.toByteArray();
            } else {
                canonical = SORTED.writeValueAsBytes(SORTED.treeToValue(tree, Object.class));
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No number with a fraction or an exponent anywhere in the tree. */
    private static boolean integral(JsonNode node) {
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                if (!integral(child)) {
                    return false;
                }
            }
            return true;
        }
        return !node.isNumber() || node.isIntegralNumber();
    }

    private static void write(JsonNode node, JsonGenerator g) throws IOException {
        if (node.isObject()) {
            List<String> names = new ArrayList<>(node.size());
            node.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            g.writeStartObject();
            for (String name : names) {
                g.writeFieldName(name);
                write(node.get(name), g);
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (JsonNode child : node) {
                write(child, g);
            }
            g.writeEndArray();
        } else {
            g.writeTree(node);
        }
    }
}
