package frontdoor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads fields of a JSON tree and collects every problem instead of stopping at the first, so that one
 * answer names every broken field. Problems name the path and the rule, never the value (it may be
 * personal data).
 */
public final class JsonChecks {
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** ISO-8601 with a four-digit year: what other systems send, and what every time zone can convert. */
    static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** How much of an unknown field's name a path repeats: it names the field, never a value. */
    static final int NAME_SHOWN = 64;
    private final List<Problem> problems = new ArrayList<>();

    public List<Problem> problems() {
        return problems;
    }

    public void problem(String path, String reason) {
        problems.add(new Problem(path, reason));
    }

    /** Checks that {@code node} is an object with no fields outside {@code allowed}; false if not an object. */
    public boolean object(JsonNode node, String path, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            problem(path, "must be an object");
            return false;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problem(path + "." + shown(name), "unknown field");
            }
        }
        return true;
    }

    /** A field's name as a path may repeat it: printable, and cut short, so it names the field and never carries a value. */
    static String shown(String name) {
        String shown = name.replaceAll("[^\\p{Print}]", "?");
        return shown.length() > NAME_SHOWN ? shown.substring(0, NAME_SHOWN) + "…" : shown;
    }

    /** The field, or null when absent or JSON null; a problem if required and missing. */
    public JsonNode field(JsonNode parent, String path, String name, boolean required) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                problem(path + "." + name, "is required");
            }
            return null;
        }
        return value;
    }

    public String text(JsonNode parent, String path, String name, boolean required, Pattern pattern, String rule) {
        JsonNode value = field(parent, path, name, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            problem(path + "." + name, "must be a string");
            return null;
        }
        if (pattern != null && !pattern.matcher(value.asText()).matches()) {
            problem(path + "." + name, rule);
            return null;
        }
        return value.asText();
    }

    public String id(JsonNode parent, String path, String name, boolean required) {
        return text(parent, path, name, required, ID, "must be 1 to 64 letters, digits, '-' or '_'");
    }

    public <E extends Enum<E>> E oneOf(JsonNode parent, String path, String name, boolean required, Class<E> type) {
        String text = text(parent, path, name, required, null, null);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        problem(path + "." + name, "must be one of " + List.of(type.getEnumConstants()));
        return null;
    }

    public boolean flag(JsonNode parent, String path, String name, boolean absent) {
        JsonNode value = field(parent, path, name, false);
        if (value == null) {
            return absent;
        }
        if (!value.isBoolean()) {
            problem(path + "." + name, "must be true or false");
            return absent;
        }
        return value.booleanValue();
    }

    public int integer(JsonNode parent, String path, String name, int min, int max) {
        JsonNode value = field(parent, path, name, false);
        if (value == null) {
            return 0;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            problem(path + "." + name, "must be a whole number from " + min + " to " + max);
            return 0;
        }
        return value.intValue();
    }

    /**
     * An ISO-8601 instant with an offset, as the contract takes it: the seconds and their fraction may be left
     * out (09:15Z). For every place that reads one back from a stored referral or a case file.
     */
    public static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    public Instant instant(JsonNode parent, String path, String name, boolean required) {
        String text = text(parent, path, name, required, null, null);
        try {
            if (text != null && !INSTANT.matcher(text).matches()) {
                throw new DateTimeParseException("", text, 0);
            }
            return text == null ? null : instant(text);
        } catch (DateTimeParseException e) {
            problem(path + "." + name, "must be an ISO-8601 instant, such as 2026-11-23T09:15:00Z");
            return null;
        }
    }

    public LocalDate date(JsonNode parent, String path, String name, boolean required) {
        String text = text(parent, path, name, required, null, null);
        try {
            if (text != null && !DATE.matcher(text).matches()) {
                throw new DateTimeParseException("", text, 0);
            }
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(path + "." + name, "must be an ISO-8601 date, such as 2026-06-02");
            return null;
        }
    }
}
