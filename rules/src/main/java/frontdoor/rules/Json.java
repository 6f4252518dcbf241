package frontdoor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;

/** The JSON writer of Frontdoor: ISO-8601 instants, no timestamps. Text is read by {@link StrictJson} alone. */
public final class Json {
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private Json() {
    }

    /** A policy file's tree, read by the one strict reader; a file that does not read is refused, naming where. */
    static JsonNode tree(PolicyBundle bundle, String file) {
        try {
            return StrictJson.DOCUMENT.tree(bundle.file(file));
        } catch (InvalidInputException e) {
            throw new PolicyException(List.of(file + ": not valid JSON (" + e.getMessage() + ")"));
        }
    }
}
