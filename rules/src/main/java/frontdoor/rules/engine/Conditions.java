package frontdoor.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decision-table condition in words, held or not, for the value the table read: "threshold level is 3,
 * not 4", "no immediate indicator" (a fact of the model that is true or false), "domestic abuse risk is NONE,
 * not MEDIUM or HIGH", "concern codes include none of DOMESTIC_ABUSE_MEDIUM, DOMESTIC_ABUSE_HIGH".
 * The forms the shipped tables use are told plainly; any other is told with its FEEL text.
 */
final class Conditions {
    private static final Pattern SOME = Pattern.compile("count\\(\\?\\)\\s*>\\s*0");
    private static final Pattern NONE = Pattern.compile("count\\(\\?\\)\\s*=\\s*0");
    private static final Pattern CONTAINS = Pattern.compile("list contains\\(\\?,\\s*\"([^\"]*)\"\\)(\\s+or\\s+list contains\\(\\?,\\s*\"[^\"]*\"\\))*");
    private static final Pattern CODE = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern LITERAL = Pattern.compile("\"[^\"]*\"|-?\\d+(\\.\\d+)?|true|false");
    private static final Pattern NOT = Pattern.compile("not\\((.*)\\)");

    private Conditions() {
    }

    static String told(String label, String entry, Object value, boolean held) {
        String name = name(label);
        String shown = CatchAll.shown(value);
        if (value instanceof Boolean b && (entry.equals("true") || entry.equals("false"))) {
            return b ? name : "no " + name;
        }
        if (SOME.matcher(entry).matches()) {
            return held ? name + " are " + shown : "no " + name;
        }
        if (NONE.matcher(entry).matches()) {
            return held ? "no " + name : name + " are " + shown;
        }
        if (CONTAINS.matcher(entry).matches()) {
            List<String> codes = quoted(entry);
            return held ? name + " include " + String.join(" or ", codes.stream().filter(c -> shown.contains(c)).toList())
                    : name + (codes.size() == 1 ? " do not include " + codes.get(0) : " include none of " + String.join(", ", codes));
        }
        List<String> literals = literals(entry);
        if (literals != null) {
            return held ? name + " is " + shown : name + " is " + shown + ", not " + or(literals);
        }
        Matcher not = NOT.matcher(entry);
        if (not.matches() && literals(not.group(1)) != null) {
            return held ? name + " is " + shown + ", not " + or(literals(not.group(1))) : name + " is " + shown + ", which the row excludes";
        }
        return name + " is " + shown + (held ? ", as " + entry + " needs" : ", not " + entry);
    }

    /** "Threshold level" is "threshold level"; a path such as "History.openCase" stays as it is. */
    private static String name(String label) {
        return label.contains(".") || label.length() < 2 || Character.isUpperCase(label.charAt(1)) ? label
                : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    private static List<String> quoted(String entry) {
        List<String> codes = new ArrayList<>();
        Matcher m = CODE.matcher(entry);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    /** The literals of a list of them ({@code "A","B"}, {@code 4}, {@code true}), unquoted; null when it is anything else. */
    private static List<String> literals(String entry) {
        List<String> out = new ArrayList<>();
        for (String part : entry.split(",")) {
            String p = part.trim();
            if (!LITERAL.matcher(p).matches()) {
                return null;
            }
            out.add(p.startsWith("\"") ? p.substring(1, p.length() - 1) : p);
        }
        return out;
    }

    private static String or(List<String> items) {
        return items.size() == 1 ? items.get(0) : String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }
}
