package frontdoor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import frontdoor.planner.TaskRecipes;
import frontdoor.rules.Impact;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.Json;
import frontdoor.rules.PolicyBundle;
import frontdoor.rules.Recommender;
import frontdoor.rules.Replay;
import frontdoor.rules.cases.CaseRunner;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The impact report's replay: {@code referrals} stored inputs (the corpus's accepted referrals in turn, each
 * with its own id) read and evaluated on the shipped version and on a draft whose RAG row R5 says GREEN,
 * tallied with the workload by the shipped recipes; one operation is the whole replay, on one thread, as
 * the service runs it for {@code POST /api/v1/policy/drafts/{id}/impact}. Both versions compiled in setup.
 * Each iteration also prints the replaying thread's CPU time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
public class ReplayBenchmark {
    @Param("10000")
    public int referrals;
    private Recommender inForce;
    private Recommender draft;
    private Function<String, List<String>> checks;
    private final List<Replay.Input> inputs = new ArrayList<>();
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private long cpuNanos;

    @Setup
    public void setUp() throws IOException {
        inForce = Recommender.compile(PolicyBundle.shipped());
        Map<String, String> files = new LinkedHashMap<>(PolicyBundle.shipped().files());
        files.put(PolicyBundle.SCREENING_MODEL, files.get(PolicyBundle.SCREENING_MODEL).replaceFirst(
                "<outputEntry><text>\"AMBER\"</text></outputEntry>(\\s*<outputEntry><text>Referral facts.Concern codes\\[item = \"DOMESTIC_ABUSE_MEDIUM\")",
                "<outputEntry><text>\"GREEN\"</text></outputEntry>$1"));
        draft = Recommender.compile(new PolicyBundle(files));
        TaskRecipes recipes = TaskRecipes.shipped();
        checks = pathway -> recipes.checks(pathway).stream().map(Enum::name).toList();
        List<JsonNode> accepted = new ArrayList<>();
        for (Path file : CaseRunner.caseFiles(Path.of(System.getProperty("cases", "cases")))) {
            JsonNode referral = Json.MAPPER.readTree(file.toFile()).path("referral");
            try {
                inForce.reader().read(referral);
                accepted.add(referral);
            } catch (InvalidInputException refused) {
                // bad-input cases are never stored
            }
        }
        for (int i = 0; i < referrals; i++) {
            ObjectNode referral = accepted.get(i % accepted.size()).deepCopy();
            referral.put("referralId", "R-" + i);
            inputs.add(new Replay.Input("R-" + i, referral.toString()));
        }
    }

    @Benchmark
    public Impact.Report replay() {
        long start = CPU.getCurrentThreadCpuTime();
        Impact.Report report = new Replay(inForce, draft, checks, checks).addAll(inputs).report();
        cpuNanos = CPU.getCurrentThreadCpuTime() - start;
        if (report.referrals() != referrals || report.changed().get("rag") == 0) {
            throw new IllegalStateException("the replay did not count every referral");
        }
        return report;
    }

    /** The replaying thread's CPU time: on a shared machine the figure the neighbours move least. */
    @TearDown(Level.Iteration)
    public void cpu() {
        System.out.printf("  replaying thread CPU: %d ms%n", cpuNanos / 1_000_000);
    }
}
