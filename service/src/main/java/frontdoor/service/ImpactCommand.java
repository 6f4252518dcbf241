package frontdoor.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.Json;
import frontdoor.rules.Replay;
import frontdoor.rules.StrictJson;
import frontdoor.rules.cases.CaseRunner;
import frontdoor.service.policy.PolicyFiles;
import frontdoor.service.policy.PolicyInForce;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code impact --policy DIR --referrals DIR [--base DIR]}: every referral under the folder (a referral JSON
 * file, or a case file whose {@code referral} is taken) evaluated on the base version (default: the shipped
 * one) and on the version in {@code --policy}, and the impact printed as JSON, as the API's impact report
 * counts it. A version's folder without recipes or weights takes the shipped ones. Exit 0 done, 2 bad usage.
 */
final class ImpactCommand {
    static final String USAGE = "java -jar frontdoor.jar impact --policy DIR --referrals DIR [--base DIR]";
    private static final Set<String> OPTIONS = Set.of("--policy", "--referrals", "--base");

    private ImpactCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!OPTIONS.contains(args[i]) || options.put(args[i], args[i + 1]) != null) {
                return usage(err);
            }
        }
        if (args.length % 2 != 0 || !options.keySet().containsAll(Set.of("--policy", "--referrals"))) {
            return usage(err);
        }
        Path referrals = Path.of(options.get("--referrals"));
        if (!Files.isDirectory(referrals)) {
            err.println("error: " + referrals + " is not a folder");
            return 2;
        }
        PolicyInForce base = options.containsKey("--base") ? version(Path.of(options.get("--base"))) : PolicyInForce.compile(PolicyFiles.shipped());
        PolicyInForce policy = version(Path.of(options.get("--policy")));
        Replay replay = PolicyInForce.replay(base, policy);
        for (Path file : CaseRunner.caseFiles(referrals)) {
            replay.add(input(file));
        }
        ObjectNode report = Json.MAPPER.createObjectNode();
        report.put("base", base.versionId());
        report.put("policy", policy.versionId());
        report.setAll((ObjectNode) Json.MAPPER.valueToTree(replay.report()));
        out.println(Json.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        return 0;
    }

    /** A referral file, or a case file's referral; its id, or the file's name when it has none. */
    private static Replay.Input input(Path file) throws IOException {
        JsonNode root;
        try {
            root = StrictJson.DOCUMENT.tree(Files.readString(file));
        } catch (InvalidInputException e) {
            return new Replay.Input(file.getFileName().toString(), ""); // listed as not evaluated
        }
        JsonNode referral = root.has("referral") ? root.get("referral") : root;
        String id = referral.path("referralId").isTextual() ? referral.path("referralId").asText() : file.getFileName().toString();
        return new Replay.Input(id, referral.toString());
    }

    /** The version whose files are in {@code dir}; recipes and weights shipped ones when the folder has none. */
    private static PolicyInForce version(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a folder");
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : PolicyFiles.REQUIRED) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                files.put(name, Files.readString(file));
            } else if (!frontdoor.rules.PolicyBundle.FILES.contains(name)) {
                files.put(name, PolicyFiles.shipped().get(name));
            }
        }
        return PolicyInForce.compile(files);
    }

    private static int usage(PrintStream err) {
        err.println("usage: " + USAGE);
        return 2;
    }
}
