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
import java.util.Map;
import java.util.TreeMap;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.ProblemBenchmarksConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;
import org.optaplanner.benchmark.config.statistic.ProblemStatisticType;

/**
 * OptaPlanner's benchmarker on the generated days, outside the test suite. Writes the days to
 * {@code target/benchmark/days}, prints the greedy baseline per day (weighted late referrals, minutes
 * late), and benchmarks the planner at each day's time limit: the starting plan (read by {@link DayFileIO})
 * has three quarters of it and the solver the rest, as {@code Planner.solve} splits it. The HTML report (with
 * the best score over time) and each best plan (the plan JSON, with its lower bound) land in
 * {@code target/benchmark/<limit>s}. {@link AllocationGaps} prints the table of plan, bound and gap.
 *
 * <pre>
 * mvn -B -q -pl test-cases -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * cd test-cases
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) frontdoor.datasets.AllocationBenchmark [SIZE:SECONDS,...] [SEEDS]
 *     # default BUSY:20,OVERLOADED:20,REGIONAL:50 42,7,1001
 * </pre>
 */
public final class AllocationBenchmark {
    private AllocationBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String entries = args.length > 0 ? args[0] : "BUSY:20,OVERLOADED:20,REGIONAL:50";
        String seeds = args.length > 1 ? args[1] : "42,7,1001";
        Path dir = Files.createDirectories(Path.of("target/benchmark/days"));
        AllocationWeights weights = Weights.shipped();
        Planner planner = new Planner(weights);
        Map<Long, List<File>> byLimit = new TreeMap<>();
        for (String entry : entries.split(",")) {
            String size = entry.split(":")[0];
            for (String seed : seeds.split(",")) {
                PlanInput day = DayGenerator.generate(DaySize.valueOf(size), Long.parseLong(seed));
                Path file = dir.resolve(size.toLowerCase() + "-" + seed + ".json");
                Files.writeString(file, Json.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(day));
                byLimit.computeIfAbsent(Long.parseLong(entry.split(":")[1]), k -> new ArrayList<>()).add(file.toFile());
                Plan greedy = planner.greedy(day);
                System.out.printf("%s %s greedy: %s, weighted late referrals %d, weighted minutes late %d%n", size, seed, greedy.score(),
                        greedy.weightedLateReferrals(weights::ragWeight),
                        greedy.lateReferrals().stream().mapToLong(l -> weights.ragWeight(l.rag()) * l.minutesLate()).sum());
            }
        }
        for (var limit : byLimit.entrySet()) {
            Duration start = Duration.ofSeconds(limit.getKey()).multipliedBy(3).dividedBy(4);
            DayFileIO.startBudget = start;
            PlannerBenchmarkConfig config = new PlannerBenchmarkConfig()
                    .withBenchmarkDirectory(new File("target/benchmark/" + limit.getKey() + "s"))
                    .withParallelBenchmarkCount("1")
                    .withSolverBenchmarkConfigList(List.of(new SolverBenchmarkConfig().withName("planner " + limit.getKey() + " s")
                            .withSolverConfig(Planner.solverConfig(Duration.ofSeconds(limit.getKey()).minus(start)))
                            .withProblemBenchmarksConfig(new ProblemBenchmarksConfig()
                                    .withSolutionFileIOClass(DayFileIO.class).withInputSolutionFileList(limit.getValue())
                                    .withProblemStatisticTypeList(List.of(ProblemStatisticType.BEST_SCORE))
                                    .withWriteOutputSolutionEnabled(true))));
            PlannerBenchmarkFactory.create(config).buildPlannerBenchmark().benchmark();
        }
    }
}
