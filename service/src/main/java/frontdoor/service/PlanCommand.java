package frontdoor.service;

import com.fasterxml.jackson.databind.SerializationFeature;
import frontdoor.planner.Plan;
import frontdoor.planner.PlanInput;
import frontdoor.planner.PlanReader;
import frontdoor.planner.Planner;
import frontdoor.planner.Weights;
import frontdoor.planner.domain.AllocationWeights;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code plan --input DAY.json --output PLAN.json --seconds S [--weights WEIGHTS.json]}: solves the day for
 * at most S seconds (earlier once nothing improves) and writes the plan. Exit 0 planned, 1 bad input (every
 * problem on stderr), 2 bad usage.
 */
final class PlanCommand {
    static final String USAGE = "java -jar frontdoor.jar plan --input DAY.json --output PLAN.json --seconds S [--weights WEIGHTS.json]";
    private static final Set<String> OPTIONS = Set.of("--input", "--output", "--seconds", "--weights");

    private PlanCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!OPTIONS.contains(args[i]) || options.put(args[i], args[i + 1]) != null) {
                return usage(err);
            }
        }
        if (args.length % 2 != 0 || !options.keySet().containsAll(Set.of("--input", "--output", "--seconds"))
                || !options.get("--seconds").matches("[1-9][0-9]{0,4}")) {
            return usage(err);
        }
        String input = options.get("--input");
        String weightsFile = options.get("--weights");
        AllocationWeights weights;
        PlanInput day;
        try {
            weights = weightsFile == null ? Weights.shipped() : Weights.read(Files.readString(Path.of(weightsFile)));
        } catch (InvalidInputException e) {
            return refused(weightsFile, e, err);
        }
        try {
            day = PlanReader.read(Files.readString(Path.of(input)));
        } catch (InvalidInputException e) {
            return refused(input, e, err);
        }
        Plan plan = new Planner(weights).solve(day, Duration.ofSeconds(Long.parseLong(options.get("--seconds"))));
        Files.writeString(Path.of(options.get("--output")), Json.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(plan));
        out.printf("%s: score %s, %d assigned, %d unassigned, %d late referrals%n", options.get("--output"), plan.score(),
                plan.assignments().size(), plan.unassigned().size(), plan.lateReferrals().size());
        out.println(plan.bound().summary());
        plan.lateReferrals().forEach(late -> out.printf("  %s (%s): %s%n", late.referralId(), late.rag(),
                (Plan.Bound.UNAVOIDABLE.equals(late.cause()) ? "unavoidable" : "capacity")
                        + (late.bottleneck() == null ? "" : ", " + late.bottleneck() + " ran out")));
        return 0;
    }

    private static int refused(String file, InvalidInputException e, PrintStream err) {
        err.println(file + ": refused as bad input");
        e.problems().forEach(p -> err.println("  " + p.path() + ": " + p.reason()));
        return 1;
    }

    private static int usage(PrintStream err) {
        err.println("usage: " + USAGE);
        return 2;
    }
}
