package frontdoor.service.policy;

import frontdoor.rules.PolicyBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The files of a policy version: the rules' bundle, the planner's recipes and weights, and the version's
 * own scenario cases ({@code cases/<id>.json}, which replace the shipped case of the same id).
 */
public final class PolicyFiles {
    public static final String RECIPES = "recipes.json";
    public static final String WEIGHTS = "weights.json";
    /** Every file a version must have, in the order they are listed. */
    public static final List<String> REQUIRED = required();
    static final String CASES = "cases/";
    private static final Pattern CASE_NAME = Pattern.compile("cases/[A-Za-z0-9_-]{1,64}\\.json");

    private PolicyFiles() {
    }

    private static List<String> required() {
        List<String> names = new ArrayList<>(PolicyBundle.FILES);
        names.addAll(PolicyBundle.ALLOCATION_FILES);
        return List.copyOf(names);
    }

    /** A name a file of a version may have: one of {@link #REQUIRED}, or a case file. */
    public static boolean allowed(String name) {
        return REQUIRED.contains(name) || CASE_NAME.matcher(name).matches();
    }

    static boolean isCase(String name) {
        return name.startsWith(CASES);
    }

    /** The files shipped in the jars: the rules' default bundle with the planner's recipes and weights. */
    public static Map<String, String> shipped() {
        Map<String, String> files = new LinkedHashMap<>(PolicyBundle.shipped().files());
        files.put(RECIPES, resource("allocation/" + RECIPES));
        files.put(WEIGHTS, resource("allocation/" + WEIGHTS));
        return files;
    }

    private static String resource(String name) {
        try (InputStream in = PolicyFiles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the planner jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
