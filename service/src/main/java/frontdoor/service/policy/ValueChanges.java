package frontdoor.service.policy;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.StrictJson;
import frontdoor.service.policy.PolicyChanges.Change;
import frontdoor.service.policy.PolicyChanges.RuleChange;
import frontdoor.service.policy.PolicyChanges.ValueChange;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The escalation rules compared by name, and the JSON files (catalogue, timescales, recipes, weights,
 * descriptor) compared value by value: objects by key, a list of objects by its {@code code} (the
 * catalogue's indicators), a list of values as one value ("POLICE_CHECK, HEALTH_CHECK").
 */
final class ValueChanges {
    private static final Pattern RULE = Pattern.compile("(?ms)^rule\\s+\"([^\"]+)\"(.*?)^end\\b");

    private ValueChanges() {
    }

    static List<RuleChange> rules(String before, String after) {
        Map<String, String> old = rules(before);
        Map<String, String> now = rules(after);
        List<RuleChange> changes = new ArrayList<>();
        now.forEach((name, text) -> {
            if (!old.containsKey(name)) {
                changes.add(new RuleChange(name, Change.ADDED, null, text));
            } else if (!normal(old.get(name)).equals(normal(text))) {
                changes.add(new RuleChange(name, Change.CHANGED, old.get(name), text));
            }
        });
        old.forEach((name, text) -> {
            if (!now.containsKey(name)) {
                changes.add(new RuleChange(name, Change.REMOVED, text, null));
            }
        });
        return changes;
    }

    private static Map<String, String> rules(String drl) {
        Map<String, String> rules = new LinkedHashMap<>();
        Matcher m = RULE.matcher(drl == null ? "" : drl);
        while (m.find()) {
            rules.put(m.group(1), m.group(0).strip());
        }
        return rules;
    }

    private static String normal(String text) {
        return text.replaceAll("\\s+", " ");
    }

    static List<ValueChange> values(String file, String before, String after) {
        Map<String, String> old = flat(before);
        Map<String, String> now = flat(after);
        List<ValueChange> changes = new ArrayList<>();
        now.forEach((path, value) -> {
            if (!value.equals(old.get(path))) {
                changes.add(change(file, path, old.get(path), value));
            }
        });
        old.forEach((path, value) -> {
            if (!now.containsKey(path)) {
                changes.add(change(file, path, value, null));
            }
        });
        return changes;
    }

    private static ValueChange change(String file, String path, String before, String after) {
        int dot = path.lastIndexOf('\u0000');
        return dot < 0 ? new ValueChange(file, "", path, before, after)
                : new ValueChange(file, path.substring(0, dot).replace('\u0000', ' '), path.substring(dot + 1), before, after);
    }

    /** Every leaf value by its path (segments joined by NUL, never in a key); none when the text is not JSON. */
    private static Map<String, String> flat(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        if (json == null) {
            return values;
        }
        try {
            flat(StrictJson.DOCUMENT.tree(json), null, values);
        } catch (RuntimeException e) {
            values.put("text", json); // not JSON: the checks say why; shown as one value
        }
        return values;
    }

    private static void flat(JsonNode node, String path, Map<String, String> values) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flat(e.getValue(), join(path, e.getKey()), values);
            }
        } else if (node.isArray() && node.size() > 0 && node.get(0).isObject()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String key = item.path("code").isTextual() ? item.path("code").asText() : String.valueOf(i + 1);
                flat(item, join(path, "[" + key + "]").replace("\u0000[", "["), values);
            }
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(n.asText()));
            values.put(path == null ? "value" : path, String.join(", ", items));
        } else {
            values.put(path == null ? "value" : path, node.asText());
        }
    }

    private static String join(String path, String key) {
        return path == null ? key : path + '\u0000' + key;
    }
}
