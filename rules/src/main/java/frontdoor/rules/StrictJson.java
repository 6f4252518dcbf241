package frontdoor.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of JSON text in Frontdoor: every body, every file and every stored row is read here, so
 * each refuses the same things. Malformed JSON, a key given twice, content after the value, a document
 * beyond the size, nesting or number limits: each is a {@link Problem} with its JSON path, never an
 * exception to the caller and never a value quoted back (it may be personal data). Unknown fields and wrong
 * types are named by the reader of each shape with {@link JsonChecks}, all at once.
 */
public final class StrictJson {
    /** Request bodies: the service's body limit (1 MiB). */
    public static final StrictJson BODY = new StrictJson(1 << 20);
    /** Files on the command line, policy files and stored rows: a regional day's plan input fits many times. */
    public static final StrictJson DOCUMENT = new StrictJson(64 << 20);
    /** No Frontdoor document nests deeper than a few levels; a number longer than this is no count or time. */
    static final int MAX_DEPTH = 32;
    static final int MAX_DIGITS = 64;
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*)'", Pattern.DOTALL);

    private final JsonMapper mapper;
    private final int maxChars;

    private StrictJson(int maxChars) {
        this.maxChars = maxChars;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxNumberLength(MAX_DIGITS)
                        .maxStringLength(maxChars).maxDocumentLength(maxChars).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .addModule(new JavaTimeModule())
                .build();
    }

    /**
     * The tree of {@code text} ({@link MissingNode} when it is empty or blank, for the shape reader to name).
     *
     * @throws InvalidInputException naming what is wrong and where
     */
    public JsonNode tree(String text) {
        JsonChecks checks = new JsonChecks();
        JsonNode tree = tree(text, checks);
        if (tree == null) {
            throw new InvalidInputException(checks.problems());
        }
        return tree;
    }

    /** The tree, or null with the problem added to {@code checks}. */
    public JsonNode tree(String text, JsonChecks checks) {
        if (text == null || text.isBlank()) {
            return MissingNode.getInstance();
        }
        try (JsonParser parser = mapper.createParser(text)) {
            JsonNode tree = mapper.readTree(parser);
            if (!atEnd(parser)) {
                checks.problem("$", "content after the JSON value");
                return null;
            }
            return tree;
        } catch (JsonProcessingException e) {
            checks.problems().add(problem(e));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("a string cannot fail to read", e);
        }
    }

    /** Whether nothing but white space follows the value: anything else, even what does not parse, is content after it. */
    private static boolean atEnd(JsonParser parser) throws IOException {
        try {
            return parser.nextToken() == null;
        } catch (StreamConstraintsException e) {
            throw e;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** A file's tree (UTF-8). */
    public JsonNode tree(Path file) throws IOException {
        return tree(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * A stored row of Frontdoor's own JSON as the record it was written from, read as strictly as a body
     * (unknown fields refused too); a row that no longer reads is a broken store, not bad input.
     */
    public <T> T value(String text, Class<T> type) {
        JsonChecks checks = new JsonChecks();
        JsonNode tree = tree(text, checks);
        try {
            if (tree != null) {
                return mapper.treeToValue(tree, type);
            }
        } catch (JsonProcessingException e) {
            checks.problems().add(problem(e));
        }
        throw new IllegalStateException("a stored " + type.getSimpleName() + " does not read: " + checks.problems());
    }

    private Problem problem(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return new Problem("$", "JSON beyond the size or nesting limits (at most " + maxChars + " characters, " + MAX_DEPTH
                    + " levels of nesting, numbers of " + MAX_DIGITS + " digits)");
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return new Problem(path(m.getPath()), e instanceof UnrecognizedPropertyException ? "unknown field" : "is not of the expected type");
        }
        JsonStreamContext context = e.getProcessor() instanceof JsonParser p ? p.getParsingContext() : null;
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.lookingAt()) {
            return new Problem(path(context), "key given more than once");
        }
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return new Problem(path(context), "malformed JSON" + where);
    }

    /** The JSON path of a parser position, such as {@code $.concerns[2].code}. */
    static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + JsonChecks.shown(c.getCurrentName()));
            }
        }
        return "$" + String.join("", parts);
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference r : references) {
            path.append(r.getFieldName() != null ? "." + JsonChecks.shown(r.getFieldName()) : "[" + r.getIndex() + "]");
        }
        return path.toString();
    }
}
