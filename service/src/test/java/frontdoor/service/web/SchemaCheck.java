package frontdoor.service.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The part of JSON Schema the OpenAPI document uses, enough to tell whether an example fits its schema:
 * {@code $ref} to the document's components, types, formats date and date-time, enums, nullable, required
 * properties, no property the schema does not name, array items and map values. A null fits only where
 * the schema says nullable, as Redocly's lint holds.
 */
record SchemaCheck(JsonNode document) {
    List<String> misfits(String at, JsonNode schema, JsonNode value) {
        List<String> found = new ArrayList<>();
        check(at, schema, value, found);
        return found;
    }

    private void check(String at, JsonNode schema, JsonNode value, List<String> found) {
        schema = resolved(schema);
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false) && !schema.isEmpty()) {
                found.add(at + ": null, and the schema is not nullable");
            }
            return;
        }
        for (JsonNode part : schema.path("allOf")) {
            check(at, part, value, found);
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            found.add(at + ": " + value + " is not one of " + schema.get("enum"));
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
        switch (type) {
            case "object" -> object(at, schema, value, found);
            case "array" -> {
                if (!value.isArray()) {
                    found.add(at + ": not an array");
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(at + "[" + i + "]", schema.path("items"), value.get(i), found);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    found.add(at + ": not a string");
                } else if (!formatted(schema.path("format").asText(), value.asText())) {
                    found.add(at + ": " + value + " is not a " + schema.path("format").asText());
                }
            }
            case "integer" -> expect(value.isIntegralNumber(), at + ": not an integer", found);
            case "number" -> expect(value.isNumber(), at + ": not a number", found);
            case "boolean" -> expect(value.isBoolean(), at + ": not a boolean", found);
            default -> { } // no type: anything
        }
    }

    private void object(String at, JsonNode schema, JsonNode value, List<String> found) {
        if (!value.isObject()) {
            found.add(at + ": not an object");
            return;
        }
        schema.path("required").forEach(r -> expect(value.has(r.asText()), at + "." + r.asText() + ": required, missing", found));
        JsonNode more = schema.path("additionalProperties");
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            JsonNode property = schema.path("properties").path(field.getKey());
            if (!property.isMissingNode()) {
                check(at + "." + field.getKey(), property, field.getValue(), found);
            } else if (more.isObject()) {
                check(at + "." + field.getKey(), more, field.getValue(), found);
            } else if (schema.has("properties")) {
                found.add(at + "." + field.getKey() + ": not a property of the schema");
            }
        }
    }

    private JsonNode resolved(JsonNode schema) {
        while (schema.has("$ref")) {
            schema = document.at(schema.get("$ref").asText().substring(1));
        }
        return schema;
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean formatted(String format, String text) {
        try {
            switch (format) {
                case "date-time" -> Instant.parse(text);
                case "date" -> LocalDate.parse(text);
                default -> { }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void expect(boolean holds, String misfit, List<String> found) {
        if (!holds) {
            found.add(misfit);
        }
    }
}
