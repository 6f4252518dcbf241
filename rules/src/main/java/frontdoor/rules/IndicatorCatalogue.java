package frontdoor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The indicator catalogue in force (docs/indicators.md), read from the bundle's indicators.json. */
public record IndicatorCatalogue(Map<String, Indicator> indicators) {
    /** The domains, in the order pages list them (the child, then parenting, then the family). */
    public static final List<String> DOMAINS = List.of("CHILD", "PARENTING", "FAMILY");

    /** One coded indicator: its domain, level 1 to 4, whether it is immediate, and what it means. */
    public record Indicator(String code, String domain, int level, boolean immediate, String meaning) {
    }

    /** The indicators by domain (in {@link #DOMAINS} order, empty ones left out), each by meaning: how people look one up. */
    public Map<String, List<Indicator>> byDomain() {
        Map<String, List<Indicator>> by = new LinkedHashMap<>();
        for (String domain : DOMAINS) {
            List<Indicator> in = indicators.values().stream().filter(i -> i.domain().equals(domain))
                    .sorted(Comparator.comparing(Indicator::meaning)).toList();
            if (!in.isEmpty()) {
                by.put(domain, in);
            }
        }
        return by;
    }

    public boolean contains(String code) {
        return indicators.containsKey(code);
    }

    public Indicator get(String code) {
        return indicators.get(code);
    }

    static IndicatorCatalogue read(PolicyBundle bundle) {
        List<String> problems = new ArrayList<>();
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        JsonNode rows = Json.tree(bundle, PolicyBundle.CATALOGUE).path("indicators");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String at = "indicators.json: indicators[" + i + "]";
            String code = row.path("code").asText("");
            if (!code.matches("[A-Z][A-Z0-9_]{0,63}")) {
                problems.add(at + ".code must be upper-case letters, digits and '_'");
            } else if (indicators.containsKey(code)) {
                problems.add(at + ".code " + code + " appears twice");
            }
            if (!DOMAINS.contains(row.path("domain").asText())) {
                problems.add(at + ".domain must be one of " + DOMAINS);
            }
            int level = row.path("level").isInt() ? row.path("level").intValue() : 0;
            if (level < 1 || level > 4) {
                problems.add(at + ".level must be a whole number from 1 to 4");
            }
            if (!row.path("immediate").isBoolean()) {
                problems.add(at + ".immediate must be true or false");
            }
            indicators.put(code, new Indicator(code, row.path("domain").asText(), level,
                    row.path("immediate").booleanValue(), row.path("meaning").asText("")));
        }
        if (rows.isEmpty()) {
            problems.add("indicators.json: indicators must list at least one indicator");
        }
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
        return new IndicatorCatalogue(Map.copyOf(indicators));
    }
}
