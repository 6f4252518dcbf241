package frontdoor.service.allocation;

import frontdoor.planner.Planner;
import frontdoor.planner.TaskRecipes;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The planner with the shipped weights and the task recipes in force (policy files of the planner module). */
@Configuration
@EnableConfigurationProperties(AllocationProperties.class)
class AllocationConfiguration {

    @Bean
    Planner planner() {
        return Planner.withShippedWeights();
    }

    @Bean
    TaskRecipes taskRecipes() {
        return TaskRecipes.shipped();
    }
}
