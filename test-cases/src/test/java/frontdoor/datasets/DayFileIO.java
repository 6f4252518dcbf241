package frontdoor.datasets;

import com.fasterxml.jackson.databind.SerializationFeature;
import frontdoor.planner.PlanReader;
import frontdoor.planner.Planner;
import frontdoor.planner.domain.AllocationPlan;
import frontdoor.rules.Json;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import org.optaplanner.persistence.common.api.domain.solution.SolutionFileIO;

/** Plan input files for the benchmarker: read as the solver's starting plan (within {@link #startBudget}), written as the plan JSON. */
public class DayFileIO implements SolutionFileIO<AllocationPlan> {
    private static final Planner PLANNER = Planner.withShippedWeights();
    /** How long the starting plan may take: the part of the day's time limit the solver does not get. */
    static volatile Duration startBudget = Duration.ofSeconds(10);

    @Override
    public String getInputFileExtension() {
        return "json";
    }

    @Override
    public AllocationPlan read(File file) {
        try {
            return PLANNER.startingPlan(PlanReader.read(Files.readString(file.toPath())), startBudget);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(AllocationPlan plan, File file) {
        try {
            Files.writeString(file.toPath(), Json.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(PLANNER.report(plan)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
