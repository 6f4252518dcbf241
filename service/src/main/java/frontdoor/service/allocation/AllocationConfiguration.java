package frontdoor.service.allocation;

import frontdoor.planner.Planner;
import frontdoor.planner.domain.AllocationPlan;
import java.time.Duration;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverManagerConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The solvers (the planner's weights and task recipes are policy: {@code PolicyHolder} has them): one thread per plan solving, {@code frontdoor.allocation.max-solving} at most, each for at
 * most {@code frontdoor.allocation.solve-seconds} (earlier once nothing improves).
 */
@Configuration
@EnableConfigurationProperties(AllocationProperties.class)
class AllocationConfiguration {

    @Bean
    SolutionManager<AllocationPlan, HardMediumSoftLongScore> solutionManager() {
        return SolutionManager.create(SolverFactory.create(Planner.solverConfig(Duration.ofSeconds(1))));
    }

    @Bean(destroyMethod = "close")
    SolverManager<AllocationPlan, String> solverManager(AllocationProperties properties) {
        return SolverManager.create(Planner.solverConfig(Duration.ofSeconds(properties.solveSeconds())),
                new SolverManagerConfig().withParallelSolverCount(Integer.toString(properties.maxSolving())));
    }
}
