package frontdoor.service;

import com.fasterxml.jackson.databind.SerializationFeature;
import frontdoor.rules.CompileCache;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.Json;
import frontdoor.rules.PolicyBundle;
import frontdoor.rules.PolicyException;
import frontdoor.rules.Recommender;
import frontdoor.rules.cases.CaseReport;
import frontdoor.rules.cases.CaseRunner;
import frontdoor.service.policy.PolicyFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

/**
 * The jar's commands, run without Spring against the shipped policy bundle, or with {@code --policy DIR}
 * against a version's files as the API gives them (so a draft or an older version can be tried offline).
 */
public final class CommandLine {
    private static final Set<String> COMMANDS = Set.of("recommend", "cases", "plan", "impact");
    private static final Set<String> HELP = Set.of("help", "--help", "-h");
    static final String USAGE = """
            usage: java -jar frontdoor.jar recommend [--policy DIR] [--cache DIR] FILE...   print each referral's recommendation as JSON
                   java -jar frontdoor.jar cases [--policy DIR] [--cache DIR] DIR           run every case file under DIR
                   (--policy DIR: a folder of a policy version's files, as GET /api/v1/policy/versions/{id}/files/{name} gives them;
                    --cache DIR: where compiled versions are kept between runs, default $XDG_CACHE_HOME/frontdoor or ~/.cache/frontdoor;
                    --cache none: compile every time)
                   """ + "       " + PlanCommand.USAGE + "  plan a day\n       " + ImpactCommand.USAGE
            + "  what a version would change\n"
            + "       java -jar frontdoor.jar [--spring.profiles.active=...] [--server.port=...]  start the service (docs/operations.md)";

    private CommandLine() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && (COMMANDS.contains(args[0]) || HELP.contains(args[0]));
    }

    /** Runs a command; the exit status: 0 done, 1 a referral refused or a case failed, 2 bad usage. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (HELP.contains(args[0])) {
            out.println(USAGE);
            return 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            Path policy = null;
            CompileCache cache = userCache();
            while (!args[0].equals("plan") && !args[0].equals("impact") && rest.length >= 2
                    && (rest[0].equals("--policy") || rest[0].equals("--cache"))) {
                if (rest[0].equals("--policy")) {
                    policy = Path.of(rest[1]);
                } else {
                    cache = rest[1].equals("none") ? CompileCache.NONE : CompileCache.folder(Path.of(rest[1]));
                }
                rest = Arrays.copyOfRange(rest, 2, rest.length);
            }
            return switch (args[0]) {
                case "recommend" -> rest.length == 0 ? usage(err) : recommend(compile(policy, cache), rest, out, err);
                case "cases" -> rest.length != 1 ? usage(err) : cases(compile(policy, cache), Path.of(rest[0]), out, err);
                case "plan" -> PlanCommand.run(rest, out, err);
                case "impact" -> ImpactCommand.run(rest, out, err);
                default -> usage(err);
            };
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (PolicyException e) {
            err.println("error: the policy cannot be compiled");
            e.problems().forEach(p -> err.println("  " + p));
            return 2;
        }
    }

    /**
     * The shipped version (the bundle with the planner's files, so it has the id the service gives it on first
     * start), or the version whose files are in {@code dir}.
     */
    private static Recommender compile(Path dir, CompileCache cache) throws IOException {
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a folder");
        }
        return Recommender.compile(dir == null ? new PolicyBundle(PolicyFiles.shipped()) : PolicyBundle.fromDirectory(dir), cache);
    }

    /** The user's cache folder for compiled versions: $XDG_CACHE_HOME/frontdoor, else ~/.cache/frontdoor. */
    static CompileCache userCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return CompileCache.folder(base.resolve("frontdoor"));
    }

    private static int usage(PrintStream to) {
        to.println(USAGE);
        return 2;
    }

    private static int recommend(Recommender recommender, String[] files, PrintStream out, PrintStream err) throws IOException {
        var writer = Json.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT);
        int status = 0;
        for (String file : files) {
            try {
                out.println(writer.writeValueAsString(recommender.recommend(recommender.reader().read(Files.readString(Path.of(file))))));
            } catch (InvalidInputException e) {
                err.println(file + ": refused as bad input");
                e.problems().forEach(p -> err.println("  " + p.path() + ": " + p.reason()));
                status = 1;
            }
        }
        return status;
    }

    private static int cases(Recommender recommender, Path dir, PrintStream out, PrintStream err) throws IOException {
        if (!Files.isDirectory(dir)) {
            err.println("error: " + dir + " is not a folder");
            return 2;
        }
        CaseReport report = new CaseRunner(recommender).runAll(dir);
        report.failures().forEach(out::println);
        out.println(report.summary());
        return report.failures().isEmpty() ? 0 : 1;
    }
}
