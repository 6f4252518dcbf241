package frontdoor.service.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refused form's errors as GOV.UK shows them: one line per broken field in the error summary, linking to
 * the field's id, and the same message beside the field. The first message for a field wins.
 */
public final class FormErrors {
    /** One broken field: the id of the input the summary links to, and what to do about it. */
    public record Error(String field, String message) {
    }

    private final Map<String, String> byField = new LinkedHashMap<>();

    public void add(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    public List<Error> all() {
        List<Error> all = new ArrayList<>();
        byField.forEach((field, message) -> all.add(new Error(field, message)));
        return all;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    /**
     * The ids a field's {@code aria-describedby} names: its hints, then its error message when it has one
     * (GOV.UK's pattern, so that a screen reader reads the error with the field); null when there are none.
     */
    public String describedBy(String field, String... hints) {
        List<String> ids = new ArrayList<>(List.of(hints));
        if (has(field)) {
            ids.add(field + "-error");
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }
}
