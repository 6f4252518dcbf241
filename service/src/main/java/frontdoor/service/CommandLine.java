package frontdoor.service;

import com.fasterxml.jackson.databind.SerializationFeature;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.Json;
import frontdoor.rules.PolicyBundle;
import frontdoor.rules.Recommender;
import frontdoor.rules.cases.CaseReport;
import frontdoor.rules.cases.CaseRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

/** The jar's commands, run against the shipped policy bundle without Spring. */
public final class CommandLine {
    private static final Set<String> COMMANDS = Set.of("recommend", "cases", "plan");
    static final String USAGE = """
            usage: java -jar frontdoor.jar recommend FILE...   print each referral's recommendation as JSON
                   java -jar frontdoor.jar cases DIR           run every case file under DIR
                   """ + PlanCommand.USAGE + "  plan a day";

    private CommandLine() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs a command; the exit status: 0 done, 1 a referral refused or a case failed, 2 bad usage. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "recommend" -> rest.length == 0 ? usage(err) : recommend(rest, out, err);
                case "cases" -> rest.length != 1 ? usage(err) : cases(Path.of(rest[0]), out, err);
                case "plan" -> PlanCommand.run(rest, out, err);
                default -> usage(err);
            };
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    private static int usage(PrintStream to) {
        to.println(USAGE);
        return 2;
    }

    private static int recommend(String[] files, PrintStream out, PrintStream err) throws IOException {
        Recommender recommender = Recommender.compile(PolicyBundle.shipped());
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

    private static int cases(Path dir, PrintStream out, PrintStream err) throws IOException {
        if (!Files.isDirectory(dir)) {
            err.println("error: " + dir + " is not a folder");
            return 2;
        }
        CaseReport report = new CaseRunner(Recommender.compile(PolicyBundle.shipped())).runAll(dir);
        report.failures().forEach(out::println);
        out.println(report.summary());
        return report.failures().isEmpty() ? 0 : 1;
    }
}
