package frontdoor.datasets;

import com.fasterxml.jackson.databind.SerializationFeature;
import frontdoor.planner.Plan;
import frontdoor.planner.PlanInput;
import frontdoor.planner.Planner;
import frontdoor.planner.Weights;
import frontdoor.planner.domain.AllocationWeights;
import frontdoor.rules.Json;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.ProblemBenchmarksConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;

/**
 * OptaPlanner's benchmarker on the generated days, outside the test suite. Writes the days to
 * {@code target/benchmark/days}, prints the greedy baseline per day (weighted late referrals, minutes
 * late), and benchmarks the solver at each time limit; the HTML report and each best plan (the plan JSON,
 * with its late referrals) land in {@code target/benchmark}.
 *
 * <pre>
 * mvn -B -q -pl test-cases -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * cd test-cases
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) frontdoor.datasets.AllocationBenchmark [SIZES] [SECONDS]
 *     # e.g. NORMAL,BUSY 10,30
 * </pre>
 * Defaults: every size, 10, 30 and 60 seconds (about 12 x 100 s on two cores; the benchmarker runs one
 * solver at a time).
 */
public final class AllocationBenchmark {
    private AllocationBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String sizes = args.length > 0 ? args[0] : "NORMAL,BUSY,OVERLOADED,REGIONAL";
        String limits = args.length > 1 ? args[1] : "10,30,60";
        Path dir = Files.createDirectories(Path.of("target/benchmark/days"));
        AllocationWeights weights = Weights.shipped();
        Planner planner = new Planner(weights);
        List<File> days = new ArrayList<>();
        for (String size : sizes.split(",")) {
            PlanInput day = DayGenerator.generate(DaySize.valueOf(size), 42);
            Path file = dir.resolve(size.toLowerCase() + "-42.json");
            Files.writeString(file, Json.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(day));
            days.add(file.toFile());
            Plan greedy = planner.greedy(day);
            System.out.printf("%s greedy: %s, weighted late referrals %d, weighted minutes late %d%n", size, greedy.score(),
                    greedy.weightedLateReferrals(weights::ragWeight),
                    greedy.lateReferrals().stream().mapToLong(l -> weights.ragWeight(l.rag()) * l.minutesLate()).sum());
        }
        List<SolverBenchmarkConfig> solvers = new ArrayList<>();
        for (String seconds : limits.split(",")) {
            solvers.add(new SolverBenchmarkConfig().withName("solver " + seconds + " s")
                    .withSolverConfig(Planner.solverConfig(Duration.ofSeconds(Long.parseLong(seconds))))
                    .withProblemBenchmarksConfig(new ProblemBenchmarksConfig()
                            .withSolutionFileIOClass(DayFileIO.class).withInputSolutionFileList(days)
                            .withWriteOutputSolutionEnabled(true)));
        }
        PlannerBenchmarkConfig config = new PlannerBenchmarkConfig()
                .withBenchmarkDirectory(new File("target/benchmark"))
                .withParallelBenchmarkCount("1")
                .withSolverBenchmarkConfigList(solvers);
        PlannerBenchmarkFactory.create(config).buildPlannerBenchmark().benchmark();
    }
}
