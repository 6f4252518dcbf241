package frontdoor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;

/** The one JSON mapper of the module: ISO-8601 instants, no timestamps. */
public final class Json {
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private Json() {
    }

    static JsonNode tree(PolicyBundle bundle, String file) {
        try {
            return MAPPER.readTree(bundle.file(file));
        } catch (IOException e) {
            throw new PolicyException(List.of(file + ": not valid JSON (" + e.getMessage() + ")"));
        }
    }
}
