package frontdoor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The bundle's data besides the models: its name, time zone and RAG timescales. */
public record PolicyDescriptor(String name, ZoneId zone, Map<RagRating, Duration> timescales) {

    static PolicyDescriptor read(PolicyBundle bundle) {
        List<String> problems = new ArrayList<>();
        JsonNode descriptor = Json.tree(bundle, PolicyBundle.DESCRIPTOR);
        String name = descriptor.path("name").asText("");
        if (!JsonChecks.ID.matcher(name).matches()) {
            problems.add("bundle.json: name must be 1 to 64 letters, digits, '-' or '_'");
        }
        ZoneId zone = ZoneId.of("Europe/London");
        try {
            zone = ZoneId.of(descriptor.path("timezone").asText());
        } catch (RuntimeException e) {
            problems.add("bundle.json: timezone must be a time-zone id such as Europe/London");
        }
        JsonNode scales = Json.tree(bundle, PolicyBundle.TIMESCALES);
        Map<RagRating, Duration> timescales = new EnumMap<>(RagRating.class);
        for (RagRating rag : RagRating.values()) {
            try {
                Duration d = Duration.parse(scales.path(rag.name()).asText());
                if (d.isNegative() || d.isZero()) {
                    throw new IllegalArgumentException();
                }
                timescales.put(rag, d);
            } catch (RuntimeException e) {
                problems.add("timescales.json: " + rag + " must be a positive ISO-8601 duration such as PT4H");
            }
        }
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
        return new PolicyDescriptor(name, zone, Map.copyOf(timescales));
    }
}
