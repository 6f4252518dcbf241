package frontdoor.service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module direction of STYLE.md: the engines know nothing of the web, the database or each other. */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("frontdoor");

    @Test
    void rulesAndPlannerKnowNothingOfSpringOrTheDatabase() {
        noClasses().that().resideInAnyPackage("frontdoor.rules..", "frontdoor.planner..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "jakarta..", "frontdoor.service..")
                .check(CLASSES);
    }

    @Test
    void rulesKnowNothingOfThePlanner() {
        noClasses().that().resideInAPackage("frontdoor.rules..").should().dependOnClassesThat().resideInAPackage("frontdoor.planner..")
                .check(CLASSES);
    }

    /** The planner shares the rules module's input checks (JsonChecks, Problem), never its engines. */
    @Test
    void theEngineInternalsAreUsedOnlyThroughTheRulesApi() {
        noClasses().that().resideOutsideOfPackage("frontdoor.rules..")
                .should().dependOnClassesThat().resideInAPackage("frontdoor.rules.engine..")
                .check(CLASSES);
    }
}
