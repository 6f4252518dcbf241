package frontdoor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A policy as files: the decision models, the escalation rules, the indicator catalogue and the RAG
 * timescales. Its version is its name and a hash of every file, so two bundles with the same version are
 * the same policy, and every recommendation can name the one that made it.
 */
public final class PolicyBundle {
    public static final String DESCRIPTOR = "bundle.json";
    public static final String THRESHOLD_MODEL = "threshold.dmn";
    public static final String SCREENING_MODEL = "screening.dmn";
    public static final String ESCALATIONS = "escalations.drl";
    public static final String CATALOGUE = "indicators.json";
    public static final String TIMESCALES = "timescales.json";
    /** Every file a bundle has, in the order they are hashed. */
    public static final List<String> FILES = List.of(DESCRIPTOR, THRESHOLD_MODEL, SCREENING_MODEL, ESCALATIONS, CATALOGUE, TIMESCALES);
    /**
     * The planner's policy files a version of the service carries besides the bundle (task recipes and
     * weights). The rules do not read them, but when present they are hashed too, so two versions that
     * differ only in them have different names.
     */
    public static final List<String> ALLOCATION_FILES = List.of("recipes.json", "weights.json");

    private final Map<String, String> files;
    private final String version;

    /** A bundle of the given files (name to content); every file of {@link #FILES} must be there. */
    public PolicyBundle(Map<String, String> files) {
        List<String> missing = new ArrayList<>();
        for (String name : FILES) {
            if (!files.containsKey(name)) {
                missing.add("the bundle has no " + name);
            }
        }
        if (!missing.isEmpty()) {
            throw new PolicyException(missing);
        }
        this.files = Map.copyOf(files);
        this.version = PolicyDescriptor.read(this).name() + "-" + hash(this.files);
    }

    /** The default policy shipped in the jar (docs/policy-rules.md). */
    public static PolicyBundle shipped() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : FILES) {
            try (InputStream in = PolicyBundle.class.getResourceAsStream("/policy/" + name)) {
                if (in != null) {
                    files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new PolicyBundle(files);
    }

    /** A bundle from a folder holding the files of {@link #FILES} (and those of {@link #ALLOCATION_FILES} there). */
    public static PolicyBundle fromDirectory(Path dir) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(FILES);
        names.addAll(ALLOCATION_FILES);
        for (String name : names) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                files.put(name, Files.readString(file));
            }
        }
        return new PolicyBundle(files);
    }

    public Map<String, String> files() {
        return files;
    }

    public String file(String name) {
        return files.get(name);
    }

    /** The bundle's name (from bundle.json) and the first 12 hex digits of the SHA-256 of its files. */
    public String version() {
        return version;
    }

    private static String hash(Map<String, String> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<String> hashed = new ArrayList<>(FILES);
            ALLOCATION_FILES.stream().filter(files::containsKey).forEach(hashed::add);
            for (String name : hashed) {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(files.get(name).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
